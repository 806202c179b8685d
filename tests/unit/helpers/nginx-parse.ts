// A small reader for the nginx config format (directives, quoted strings,
// blocks, comments): enough to check the generated config's structure.
export type NginxDirective = { name: string; args: string[]; block?: NginxBlock };
export type NginxBlock = { args: string[]; directives: NginxDirective[] };

function tokens(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) i++;
    else if (c === '#') while (i < text.length && text[i] !== '\n') i++;
    else if (c === '{' || c === '}' || c === ';') out.push(text[i++]);
    else if (c === '"' || c === "'") {
      let value = '';
      for (i++; text[i] !== c; i++) {
        if (text[i] === '\\' && ['"', "'", '\\'].includes(text[i + 1])) i++;
        if (i >= text.length) throw new Error('unterminated string');
        value += text[i];
      }
      i++;
      out.push(`\u0000${value}`); // marks a quoted token
    } else {
      let value = '';
      while (i < text.length && !/[\s;{}]/.test(text[i])) value += text[i++];
      out.push(value);
    }
  }
  return out;
}

export function parseNginx(text: string): NginxBlock {
  const list = tokens(text);
  let i = 0;
  const unquote = (t: string) => (t.startsWith('\u0000') ? t.slice(1) : t);
  function block(args: string[]): NginxBlock {
    const directives: NginxDirective[] = [];
    while (i < list.length && list[i] !== '}') {
      const words: string[] = [];
      while (i < list.length && list[i] !== ';' && list[i] !== '{') words.push(unquote(list[i++]));
      if (i >= list.length) throw new Error(`unterminated directive ${words.join(' ')}`);
      const [name, ...rest] = words;
      if (list[i++] === '{') {
        const inner = block(rest);
        if (list[i++] !== '}') throw new Error(`unclosed block ${name}`);
        directives.push({ name, args: rest, block: inner });
      } else directives.push({ name, args: rest });
    }
    return { args, directives };
  }
  const root = block([]);
  if (i !== list.length) throw new Error('unexpected }');
  return root;
}

/** Every `location` block, at any depth. */
export function locationsOf(block: NginxBlock): NginxBlock[] {
  return block.directives.flatMap((d) => (d.block ? [...(d.name === 'location' ? [d.block] : []), ...locationsOf(d.block)] : []));
}
