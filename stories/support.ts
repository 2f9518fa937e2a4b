/** Instants the "Hora" toolbar freezes the widgets at. In December Canary time equals UTC. */
export const NOW_PRESETS = [
  { value: '', title: 'Reloj real / Real clock' },
  { value: '2026-12-02T10:00:00Z', title: 'Miércoles 10:00 (abierto)' },
  { value: '2026-12-02T13:45:00Z', title: 'Miércoles 13:45 (cierra pronto)' },
  { value: '2026-12-02T15:00:00Z', title: 'Miércoles 15:00 (cerrado)' },
  { value: '2026-12-05T11:00:00Z', title: 'Sábado 11:00' },
  { value: '2026-12-08T10:00:00Z', title: 'Festivo: 8 de diciembre 10:00' },
  { value: '2026-12-03T10:00:00Z', title: 'Jueves 10:00 (La Graciosa abierta)' },
  { value: '2026-05-30T10:00:00Z', title: 'Festivo: Día de Canarias 11:00' },
  { value: '2027-02-03T10:00:00Z', title: '2027: festivos sin confirmar' },
] as const;

/** A story frozen at a toolbar instant: it sets the "Hora" toolbar, so the state shown is the toolbar's. */
export const at = (now: (typeof NOW_PRESETS)[number]['value']) => ({ globals: { now } as { now: string; locale?: string } });

/** The `now` a story passes to its element: its own control first, then the toolbar, else the real clock. */
export function storyNow(args: { now?: string }, globals: { now?: string }): string | undefined {
  return args.now || globals.now || undefined;
}
