/**
 * Instants the "Hora" toolbar freezes the widgets at (Canary time; in December it equals UTC), by key.
 * The toolbar holds keys, not ISO strings: Storybook keeps globals in the page address and read a date-like value back
 * as a Date, which reached the widgets as `now="Wed Dec 02 2026 13:45:00 GMT+0000 …"` (invalid-now).
 */
export const NOW_PRESETS = [
  { value: '', title: 'Reloj real', now: '' },
  { value: 'miercoles-1000', title: 'Miércoles 10:00 (abierto)', now: '2026-12-02T10:00:00Z' },
  { value: 'miercoles-1345', title: 'Miércoles 13:45 (cierra pronto)', now: '2026-12-02T13:45:00Z' },
  { value: 'miercoles-1500', title: 'Miércoles 15:00 (cerrado)', now: '2026-12-02T15:00:00Z' },
  { value: 'sabado-1100', title: 'Sábado 11:00', now: '2026-12-05T11:00:00Z' },
  { value: 'festivo-8-diciembre', title: 'Festivo: 8 de diciembre 10:00', now: '2026-12-08T10:00:00Z' },
  { value: 'jueves-1000', title: 'Jueves 10:00 (La Graciosa abierta)', now: '2026-12-03T10:00:00Z' },
  { value: 'dia-de-canarias', title: 'Festivo: Día de Canarias 11:00', now: '2026-05-30T10:00:00Z' },
  { value: 'festivos-2027', title: '2027: festivos sin confirmar', now: '2027-02-03T10:00:00Z' },
] as const;

export type NowKey = (typeof NOW_PRESETS)[number]['value'];

/** A story frozen at a toolbar instant: it sets the "Hora" toolbar, so the state shown is the toolbar's. */
export const at = (now: NowKey) => ({ globals: { now } as { now: string; locale?: string } });

/** The ISO instant for the toolbar's value: a key, or (from an older address) an ISO string or a Date. */
export function toolbarNow(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (typeof value !== 'string' || !value) return undefined;
  return NOW_PRESETS.find((preset) => preset.value === value)?.now ?? value;
}

/** The `now` a story passes to its element: its own control first, then the toolbar, else the real clock. */
export function storyNow(args: { now?: string }, globals: { now?: unknown }): string | undefined {
  return args.now || toolbarNow(globals.now) || undefined;
}
