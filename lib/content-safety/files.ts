// Files stay inside: content/ and public/ may hold no symbolic link (one to
// /etc/passwd, to a folder holding .env or to ../package.json would be
// published as if it were a file of the site), and a path is inside a folder
// only when its real path is, compared with a separator (public-x/ is not
// inside public/). Used by content:check, the image step and the export step.
import fs from 'node:fs';
import path from 'node:path';

/** Paths (relative, with /) of every symbolic link under dir, without following any; [] when dir does not exist. */
export function findSymlinks(dir: string): string[] {
  const found: string[] = [];
  const walk = (abs: string, rel: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(abs, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      if (e.isSymbolicLink()) found.push(childRel);
      else if (e.isDirectory()) walk(path.join(abs, e.name), childRel);
    }
  };
  if (fs.existsSync(dir) && fs.lstatSync(dir).isSymbolicLink()) return ['.'];
  walk(dir, '');
  return found.sort();
}

/** `target` is `dir` or inside it, comparing real paths (links resolved) with a separator. */
export function isInside(dir: string, target: string): boolean {
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  const base = real(dir);
  const resolved = real(target);
  return resolved === base || resolved.startsWith(base.endsWith(path.sep) ? base : base + path.sep);
}

/** The build's message for links found under `dirs` (relative to root); undefined when there are none. */
export function symlinkMessage(root: string, dirs: string[]): string | undefined {
  const links = dirs.flatMap((d) => findSymlinks(path.join(root, d)).map((l) => (l === '.' ? d : `${d}/${l}`)));
  if (links.length === 0) return undefined;
  return (
    `${links.length} symbolic link(s) where only real files may be:\n  ${links.join('\n  ')}\n` +
    'A link would publish whatever it points at (outside the repository too). Replace each by a copy of the file, or remove it. / ' +
    '这些位置只能放真实文件，不能放符号链接：链接会把它指向的文件（包括仓库外的文件）发布出去。把每个链接换成文件的副本，或删掉它。'
  );
}
