/**
 * Fills a template: `{name}` becomes `values.name` (empty when absent), and an optional segment
 * `[…]` is kept only when every placeholder inside it has a non-empty value.
 */
export function renderTemplate(template: string, values: Readonly<Record<string, string | undefined>>): string {
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
  return fill(
    template.replace(/\[([^[\]]*)\]/g, (_, segment: string) => {
      const names = [...segment.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
      return names.every((name) => (values[name] ?? '') !== '') ? segment : '';
    }),
  );
}
