export type TranslateParams = Record<string, string | number>;

/** Replaces `{name}` placeholders; an unknown placeholder stays visible so it is caught in review. */
export function interpolate(template: string, params?: TranslateParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}
