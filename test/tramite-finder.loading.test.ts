import { expect } from '@open-wc/testing';
import { RESERVE_SPACE_CSS } from '../src/internal/reserve-space.js';
import { until } from './support/until.js';
import { framePage } from './support/frame.js';

// A finder whose `src` catalogue is still on its way keeps its height: the text under it does not move when the
// widget's code arrives, nor while the catalogue loads. Each case is a page of its own (an iframe of the viewport's
// width) whose network never answers, with the reserved-space CSS of the editor guides.
const MODULE = new URL('../src/tramite-finder.ts', import.meta.url).href;

describe('<cabildo-tramite-finder src> while its catalogue loads', () => {
  for (const width of [1280, 412, 360]) {
    it(`keeps the height reserved before it was defined, at ${width} px`, async () => {
      // The catalogue request never answers: the finder stays in its loading state.
      const { frame, view, doc } = await framePage(width, 600, `<!doctype html><html lang="es"><head><meta charset="utf-8"><style>body { margin: 0 } ${RESERVE_SPACE_CSS}</style>
        <script>window.fetch = () => new Promise(() => {});</script></head><body>
        <cabildo-tramite-finder src="/catalogue.json"><p><a href="https://cabildodelanzarote.sedelectronica.es/">Todos los trámites</a></p></cabildo-tramite-finder>
        <p id="after">El texto que sigue al buscador.</p></body></html>`);
      try {
        const after = () => doc.getElementById('after')!.getBoundingClientRect().top;
        const before = after();
        expect(before, 'space reserved before the code arrives').to.be.greaterThan(500);
        const script = doc.createElement('script');
        script.type = 'module';
        script.src = MODULE;
        doc.body.append(script);
        await view.customElements.whenDefined('cabildo-tramite-finder');
        const finder = doc.querySelector('cabildo-tramite-finder')!;
        await until(() => finder.shadowRoot?.querySelector('.loading'), 'the loading message');
        expect(finder.shadowRoot!.textContent).to.contain('Cargando los trámites');
        expect(after(), 'the text under the finder, while the catalogue loads').to.be.closeTo(before, 1);
      } finally {
        frame.remove();
      }
    });
  }
});
