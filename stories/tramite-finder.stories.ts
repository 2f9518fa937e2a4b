import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/tramite-finder.js';
import type { TramiteFinder } from '../src/tramite-finder.js';
import { BUILT_IN_CATALOGUE } from '../src/data/catalogue.js';

interface Args {
  q: string;
  category: string;
  channel: string;
  src: string;
  limit: number;
}

// Catalogue URLs answered in the page, without a network: one never answers (loading), one answers with a web page
// instead of JSON (load error), as a misconfigured server would.
const SLOW_URL = '/story-catalogue-that-never-answers.json';
const HTML_URL = '/story-catalogue-that-is-a-web-page.json';
const realFetch = window.fetch.bind(window);
window.fetch = (input, init) => {
  const url = String(input instanceof Request ? input.url : input);
  if (url.endsWith(SLOW_URL)) return new Promise<Response>(() => {});
  if (url.endsWith(HTML_URL)) {
    return Promise.resolve(new Response('<!doctype html><title>Inicio</title>', { headers: { 'Content-Type': 'text/html' } }));
  }
  return realFetch(input, init);
};

const meta: Meta<Args> = {
  title: 'Widgets/Buscador de trámites',
  id: 'tramite-finder',
  component: 'cabildo-tramite-finder',
  args: { q: '', category: '', channel: '', src: '', limit: 10 },
  argTypes: {
    category: {
      control: 'select',
      options: ['', 'identidad-digital', 'familia', 'extranjeria', 'asociaciones', 'registro-cita', 'quejas', 'otras-administraciones'],
    },
    channel: { control: 'select', options: ['', 'presencial', 'web', 'whatsapp', 'telefono', 'email'] },
  },
  render: (args) => html`
    <cabildo-tramite-finder
      q=${args.q}
      category=${ifDefined(args.category || undefined)}
      channel=${ifDefined(args.channel || undefined)}
      src=${ifDefined(args.src || undefined)}
      limit=${args.limit}
      timeout="3000"
    ></cabildo-tramite-finder>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** No query yet: every procedure, ten at a time. */
export const Empty: Story = { name: 'Sin búsqueda' };

/** Live results for what a citizen types, with the matched words marked. */
export const Results: Story = { name: 'Resultados', args: { q: 'renovar la clave' } };

/** Typos and missing accents still find the procedure. */
export const Typos: Story = { name: 'Con faltas de ortografía', args: { q: 'familia nombrosa' } };

/** Nothing matches: tips, and the office's phone, WhatsApp and in-person hours. */
export const NoResults: Story = { name: 'Sin resultados', args: { q: 'licencia de obras' } };

/** One procedure opened: who it is for, what to bring, steps, where to do it and the start button. */
export const Detail: Story = {
  name: 'Ficha de un trámite',
  args: { q: 'certificado digital' },
  play: async ({ canvasElement }) => {
    let finder: TramiteFinder | null = null;
    for (let i = 0; i < 100 && !finder?.shadowRoot; i++) {
      finder = canvasElement.querySelector<TramiteFinder>('cabildo-tramite-finder');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await finder?.updateComplete;
    finder?.shadowRoot?.querySelector<HTMLButtonElement>('.result-link')?.click();
  },
};

/** Waiting for a catalogue given with `src`. */
export const Loading: Story = { name: 'Cargando el catálogo', args: { src: SLOW_URL } };

/** The catalogue at `src` could not be loaded: the office's contact channels instead. */
export const LoadError: Story = { name: 'Catálogo que no carga', args: { src: HTML_URL } };

/** A search in English words (on an English page too: choose English in the "Idioma" toolbar). */
export const English: Story = { name: 'Búsqueda en inglés', args: { q: 'civil partnership' } };

/** Done elsewhere: the finder says plainly who does it and links there, first. */
export const Referral: Story = { name: 'Lo hace otra administración', args: { q: 'renovar dni' } };

/** Nothing matches every word: the closest ones, under a heading that says they are only related. */
export const OnlyRelated: Story = { name: 'Solo relacionados', args: { q: 'dni pareja' } };

/**
 * For editors, not citizens: the built-in entries the office has not confirmed yet (`verified: false`) and what to
 * check in each. The finder lists them once in the browser console; citizens never see the note.
 */
export const Unconfirmed: Story = {
  name: 'Pendientes de confirmar (para editores)',
  render: () => html`
    <style>
      .unconfirmed { width: 100%; table-layout: fixed; overflow-wrap: anywhere; }
    </style>
    <table class="unconfirmed">
      <caption>Pendientes de confirmar por la oficina (${BUILT_IN_CATALOGUE.tramites.filter((t) => !t.verified).length})</caption>
      <thead><tr><th scope="col">id</th><th scope="col">Trámite</th><th scope="col">Qué confirmar</th></tr></thead>
      <tbody>
        ${BUILT_IN_CATALOGUE.tramites
          .filter((t) => !t.verified)
          .map((t) => html`<tr><td><code>${t.id}</code></td><td>${t.title.es}</td><td lang="en">${t.confirm ?? ''}</td></tr>`)}
      </tbody>
    </table>
  `,
};
