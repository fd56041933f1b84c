/**
 * react-hook-form sets field values from script (register's ref), so server-rendered fields come
 * out empty. For the build-time snapshot (src/prerender.tsx) the values are written into the
 * markup: value attributes, textarea text, checked boxes and radios, selected options, each found
 * by the field's name (its answer path).
 */

const escapeHtml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]?.replaceAll('&amp;', '&');

function valueAt(values: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) =>
        typeof node === 'object' && node !== null
          ? (node as Record<string, unknown>)[key]
          : undefined,
      values,
    );
}

const asText = (value: unknown) =>
  Array.isArray(value) ? value.join('\n') : typeof value === 'number' ? String(value) : value;

const addAttribute = (tag: string, text: string) =>
  tag.replace(/\s*\/?>$/, (end) => ` ${text}${end}`);

function fillInput(tag: string, values: unknown): string {
  const name = attribute(tag, 'name');
  if (name === undefined) return tag;
  const value = valueAt(values, name);
  const type = attribute(tag, 'type') ?? 'text';
  const own = attribute(tag, 'value');
  if (type === 'checkbox') {
    const checked = Array.isArray(value)
      ? own !== undefined && value.includes(own)
      : value === true;
    return checked && !/\schecked/.test(tag) ? addAttribute(tag, 'checked=""') : tag;
  }
  if (type === 'radio') {
    return own !== undefined && String(value) === own && !/\schecked/.test(tag)
      ? addAttribute(tag, 'checked=""')
      : tag;
  }
  const text = asText(value);
  if (typeof text !== 'string' || own !== undefined) return tag;
  return addAttribute(tag, `value="${escapeHtml(text)}"`);
}

export function withFormValues(html: string, values: unknown): string {
  return html
    .replace(/<input\b[^>]*>/g, (tag) => fillInput(tag, values))
    .replace(
      /(<textarea\b[^>]*>)([\s\S]*?)(<\/textarea>)/g,
      (whole, open: string, _text, close) => {
        const name = attribute(open, 'name');
        const text = name === undefined ? undefined : asText(valueAt(values, name));
        return typeof text === 'string' ? `${open}${escapeHtml(text)}${close}` : whole;
      },
    )
    .replace(
      /(<select\b[^>]*>)([\s\S]*?)(<\/select>)/g,
      (whole, open: string, options: string, close) => {
        const name = attribute(open, 'name');
        if (name === undefined) return whole;
        const selected = String(valueAt(values, name));
        const marked = options.replace(/<option\b[^>]*>/g, (tag) =>
          attribute(tag, 'value') === selected ? addAttribute(tag, 'selected=""') : tag,
        );
        return `${open}${marked}${close}`;
      },
    );
}
