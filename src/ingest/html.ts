import { SAXParser } from 'parse5-sax-parser';

/** Elements whose content is never document text (scripts, styles, page chrome). */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'object', 'embed',
  'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'option', 'head', 'map',
]);

/** Elements that start a new line of text. */
const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'table', 'tbody', 'thead', 'section', 'article', 'main',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'hr', 'dl', 'dt', 'dd', 'center', 'title',
  'caption', 'figure', 'figcaption', 'address',
]);

/** Elements whose class or id names mark site chrome, not document text (nav bars, share boxes). */
const CHROME_ATTRIBUTE = /(^|[\s_-])(nav|navbar|menu|breadcrumb|crumb|footer|header|share|sidebar|toolbar|print|qrcode|ewm|topbar|copyright)([\s_-]|$)/i;

/**
 * Extract the readable text of a saved HTML page: scripts, styles, comments and navigation are
 * dropped, block elements become line breaks, table cells are separated by ` | `, and character
 * entities are decoded.
 *
 * @example
 * htmlToText('<p>1.完善体系&nbsp;<b>新建</b>基站</p><script>x()</script><p>2.下一项</p>')
 * // → '1.完善体系\u00a0新建基站\n2.下一项'
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  const stack: { name: string; skip: boolean }[] = [];
  let skipDepth = 0;
  const open = new Map<string, number>();
  const newline = (): void => {
    const last = out[out.length - 1];
    if (last !== undefined && last !== '\n') out.push('\n');
  };
  // parse5's SAX tokenizer: linear in the input, even for 100,000 nested elements (a
  // tree-building parser keeps a stack that grows quadratically costly there)
  const parser = new SAXParser();
  parser.on('startTag', ({ tagName, attrs, selfClosing }) => {
    const name = tagName.toLowerCase();
    if (voidElement(name) || selfClosing) {
      if (skipDepth === 0 && BLOCK.has(name)) newline();
      return;
    }
    const attribute = (key: string): string => attrs.find((candidate) => candidate.name === key)?.value ?? '';
    const chrome = CHROME_ATTRIBUTE.test(`${attribute('class')} ${attribute('id')}`);
    const skip = SKIPPED.has(name) || chrome;
    stack.push({ name, skip });
    open.set(name, (open.get(name) ?? 0) + 1);
    if (skip) skipDepth++;
    if (skipDepth > 0) return;
    if (BLOCK.has(name)) newline();
    if (name === 'td' || name === 'th') {
      const last = out[out.length - 1];
      if (last !== undefined && last !== '\n') out.push(' | ');
    }
  });
  parser.on('text', ({ text }) => {
    if (skipDepth > 0) return;
    const collapsed = text.replace(/[ \t\r\n\f]+/g, ' ');
    if (collapsed.trim() === '' && (out.length === 0 || out[out.length - 1] === '\n')) return;
    out.push(collapsed);
  });
  parser.on('endTag', ({ tagName }) => {
    const name = tagName.toLowerCase();
    if (voidElement(name)) return;
    // pop to the matching element; tolerates unclosed tags in real pages, and a stray end tag
    // (none open of that name) costs nothing
    if ((open.get(name) ?? 0) > 0) {
      for (let i = stack.length - 1; i >= 0; i--) {
        if (stack[i]?.name === name) {
          const removed = stack.splice(i);
          for (const element of removed) {
            open.set(element.name, (open.get(element.name) ?? 1) - 1);
            if (element.skip) skipDepth--;
          }
          break;
        }
      }
    }
    if (skipDepth === 0 && BLOCK.has(name)) newline();
  });
  parser.end(html);
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function voidElement(name: string): boolean {
  return ['br', 'hr', 'img', 'input', 'meta', 'link', 'area', 'base', 'col', 'wbr', 'source', 'track'].includes(name);
}

/**
 * The charset an HTML page declares in its first bytes (`<meta charset=gbk>` or the
 * http-equiv form), lower-cased, or undefined.
 *
 * @example
 * declaredCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=GB2312">'))
 * // → 'gb2312'
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_-]+)/i.exec(head);
  return match?.[1]?.toLowerCase();
}
