/** DOM ids derived from an answer path, so a label, its control and its messages always agree. */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

export const helpIdOf = (id: string) => `${id}-help`;
export const errorIdOf = (id: string) => `${id}-error`;
export const warningIdOf = (id: string) => `${id}-warning`;
export const noteIdOf = (id: string) => `${id}-note`;
