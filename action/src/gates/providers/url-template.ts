// Time placeholders in http-json URLs, so an endpoint can be asked about the past:
//   {at} {start} {end}                  ISO 8601 times
//   {at_unix} {start_unix} {end_unix}   unix seconds
//   {step}                              range step in seconds
const PLACEHOLDER = /\{(at|start|end|step)(_unix)?\}/g;

export type TemplateTimes = Partial<Record<'at' | 'start' | 'end', Date>> & { stepSeconds?: number };

/** Does the template mention this time (in either spelling)? */
export function hasPlaceholder(template: string, name: 'at' | 'start' | 'end'): boolean {
  return template.includes(`{${name}}`) || template.includes(`{${name}_unix}`);
}

/** The template with its placeholders filled in (URL-encoded); unknown ones are left as written. */
export function fillTemplate(template: string, times: TemplateTimes): string {
  return template.replace(PLACEHOLDER, (whole, name: string, unix: string | undefined) => {
    if (name === 'step') return times.stepSeconds === undefined || unix ? whole : String(times.stepSeconds);
    const date = times[name as 'at' | 'start' | 'end'];
    if (!date) return whole;
    return unix ? String(Math.floor(date.getTime() / 1000)) : encodeURIComponent(date.toISOString());
  });
}
