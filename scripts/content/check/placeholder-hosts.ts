// Addresses that cannot be a real source: the documentation domains
// (example.com/.org/.net, RFC 2606's reserved names) and hosts only the
// author's machine or network can reach (localhost, loopback, private ranges).

/** Why `url`'s host is not a real source's, in English, or undefined when it may be one. */
export const placeholderHost = (url: string): string | undefined => placeholderReason(url)?.en;
/** The same reason in Chinese. */
export const placeholderZh = (url: string): string => placeholderReason(url)?.zh ?? '';

function placeholderReason(url: string): { en: string; zh: string } | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^\[|\]$/g, '');
  } catch {
    return undefined; // not an absolute address: other rules report that
  }
  if (/(^|\.)example\.(com|org|net)$/.test(host) || /\.(example|test|invalid)$/.test(host))
    return { en: `${host} is a placeholder domain`, zh: `${host} 是示例用的占位域名` };
  if (host === 'localhost' || host.endsWith('.localhost'))
    return { en: `${host} is the author's own machine`, zh: `${host} 是作者自己的电脑` };
  if (isLoopbackOrPrivate(host)) return { en: `${host} is a loopback or private address`, zh: `${host} 是本机或内网地址` };
  return undefined;
}

function isLoopbackOrPrivate(host: string): boolean {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return a === 127 || a === 10 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
  }
  if (!host.includes(':')) return false;
  // IPv6: loopback (::1), unspecified (::), unique local (fc00::/7), link-local (fe80::/10), IPv4-mapped.
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(host); // URL writes ::ffff:127.0.0.1 as ::ffff:7f00:1
  if (mapped) {
    const [hi, lo] = [parseInt(mapped[1], 16), parseInt(mapped[2], 16)];
    return isLoopbackOrPrivate(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`);
  }
  return host === '::1' || host === '::' || /^f[cd][0-9a-f]{0,2}:/.test(host) || /^fe[89ab][0-9a-f]?:/.test(host);
}
