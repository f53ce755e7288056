/**
 * Escaping for everything that came out of a document (titles, sentences, unit names, region
 * names): document text is untrusted. One helper for HTML text and attributes, one for JSON
 * inside `<script type="application/json">`, one for links.
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escape text for HTML element content and for quoted attribute values (`&`, `<`, `>`, `"`,
 * `'`). Every string from a document goes through here before it reaches a page.
 *
 * @example
 * escapeHtml('"><img src=x onerror=alert(1)>') // → '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'
 * escapeHtml('3.05亿立方米') // → '3.05亿立方米'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

/**
 * Serialise a value as JSON that is safe inside `<script type="application/json">`: `<`, `>`
 * and `&` become `\u003c`, `\u003e`, `\u0026` (so neither `</script>` nor `<!--` can occur),
 * and the line separators U+2028/U+2029 are escaped too. `JSON.parse` reads it back unchanged.
 *
 * @example
 * jsonForScript({ evidence: '</script><script>alert(1)</script>' })
 * // → '{"evidence":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"}'
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * A link target from data, or null when it is not a plain `http(s)` URL (so `javascript:`
 * and friends never become links). The result still needs `escapeHtml` in an attribute.
 *
 * @example
 * externalHref('http://t.cn/R9IrAt7') // → 'http://t.cn/R9IrAt7'
 * externalHref('javascript:alert(1)') // → null
 */
export function externalHref(url: string | null | undefined): string | null {
  if (url === null || url === undefined) return null;
  const trimmed = url.trim();
  return /^https?:\/\/[^\s"'<>]+$/i.test(trimmed) ? trimmed : null;
}
