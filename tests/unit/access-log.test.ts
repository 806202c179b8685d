// The access log's privacy format (lib/access-log.ts): addresses cut to their
// network, the nginx map and log_format written from the same rules, and the
// report's parser reading lines in that format.
import { describe, expect, it } from 'vitest';
import { maskAddress, nginxLogFormatConfig, parseLogLine, accessLogFormatName } from '@/lib/access-log';

describe('maskAddress', () => {
  it.each([
    ['192.0.2.77', '192.0.2.0'],
    ['10.1.2.3', '10.1.2.0'],
    ['::ffff:198.51.100.9', '198.51.100.0'],
    ['2001:db8:85a3:8d3:1319:8a2e:370:7348', '2001:db8:85a3::'],
    ['2001:db8:85a3::8a2e:370:7334', '2001:db8:85a3::'],
    ['2001:db8::1', '2001:db8::'],
    ['2001::5:6:7:8', '2001::'],
    ['fe80::1%eth0', 'fe80::'],
    ['2001:DB8:AB:1:2:3:4:5', '2001:db8:ab::'],
    ['::1', '::'],
    ['unix:', '0.0.0.0'],
  ])('%s → %s', (address, masked) => {
    expect(maskAddress(address)).toBe(masked);
  });

  it('never keeps the host part of an address', () => {
    for (const a of ['203.0.113.254', '2001:db8:1:2:3:4:5:6']) {
      const masked = maskAddress(a);
      expect(masked).not.toContain('254');
      expect(masked.split(':').filter(Boolean).length).toBeLessThanOrEqual(3);
    }
  });
});

describe('nginx log format', () => {
  const conf = nginxLogFormatConfig();
  it('maps $remote_addr to the masked address and logs only that', () => {
    expect(conf).toMatch(/^map \$remote_addr \$site_client \{$/m);
    expect(conf).toContain('"~*^(\\\\d+\\\\.\\\\d+\\\\.\\\\d+)\\\\.\\\\d+$" $1.0;');
    expect(conf).toContain('default 0.0.0.0;');
    const format = conf.slice(conf.indexOf(`log_format ${accessLogFormatName}`));
    expect(format).toContain('$site_client - -');
    expect(format).not.toContain('$remote_addr');
    expect(format).not.toMatch(/cookie|\$remote_user/i);
    for (const field of ['$http_referer', '$http_user_agent', '$http_sec_purpose', '$sent_http_content_type'])
      expect(format).toContain(field);
  });

  it('the parser reads a line in that format, and rejects others', () => {
    const line =
      '192.0.2.0 - - [06/Dec/2026:07:18:53 +0000] "GET /en/search?q=ray%20serve HTTP/1.1" 200 5559 "https://example.org/a" ' +
      '"Mozilla/5.0 (X11; Linux x86_64)" "prefetch" "text/html; charset=utf-8" "ray.example"';
    expect(parseLogLine(line)).toEqual({
      client: '192.0.2.0',
      time: '06/Dec/2026:07:18:53 +0000',
      method: 'GET',
      target: '/en/search?q=ray%20serve',
      status: 200,
      bytes: 5559,
      referrer: 'https://example.org/a',
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64)',
      secPurpose: 'prefetch',
      contentType: 'text/html; charset=utf-8',
      host: 'ray.example',
    });
    expect(parseLogLine('192.0.2.1 - - [06/Dec/2026:07:18:53 +0000] "GET / HTTP/1.1" 200 1 "-" "curl"')).toBeNull();
  });
});
