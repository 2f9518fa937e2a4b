import { expect, fixture, html } from '@open-wc/testing';
import { CabildoElement } from '../src/internal/cabildo-element.js';
import { VERSION } from '../src/index.js';
import { ProbeElement } from './fixtures/probe-element.js';
import { silenceConsole } from './support/console.js';

const captureWarnings = () => silenceConsole('warn');

describe('CabildoElement', () => {
  it('reports a problem as a composed cabildo-error that leaves shadow roots, and warns', async () => {
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const probe = document.createElement('cabildo-test-probe');
    root.append(probe);
    const heard: Array<{ detail: unknown; composed: boolean; origin: EventTarget | undefined }> = [];
    const listener = (e: CustomEvent) => heard.push({ detail: e.detail, composed: e.composed, origin: e.composedPath()[0] });
    document.addEventListener('cabildo-error', listener);
    const warnings = captureWarnings();
    try {
      probe.reportError('bad-hours', 'El horario no es válido');
    } finally {
      warnings.restore();
      document.removeEventListener('cabildo-error', listener);
    }
    expect(heard).to.have.length(1);
    expect(heard[0].detail).to.deep.equal({ code: 'bad-hours', message: 'El horario no es válido' });
    expect(heard[0].composed).to.be.true;
    expect(heard[0].origin === probe, 'the event starts at the element inside the shadow root').to.be.true;
    expect(warnings.messages.join('\n')).to.contain('bad-hours');
  });

  it('reports the same problem once, not on every render', async () => {
    const probe = await fixture<ProbeElement>(html`<cabildo-test-probe></cabildo-test-probe>`);
    const codes: string[] = [];
    probe.addEventListener('cabildo-error', (e) => codes.push(e.detail.code));
    const warnings = captureWarnings();
    try {
      probe.reportError('x', 'same');
      probe.reportError('x', 'same');
      probe.reportError('y', 'other');
    } finally {
      warnings.restore();
    }
    expect(codes).to.deep.equal(['x', 'y']);
  });

  it('emit() dispatches cancelable events when asked and returns whether they were cancelled', async () => {
    const probe = await fixture<ProbeElement>(html`<cabildo-test-probe></cabildo-test-probe>`);
    probe.addEventListener('cabildo-error', (e) => e.preventDefault());
    const warnings = captureWarnings();
    try {
      expect(probe.emit('cabildo-error', { code: 'c', message: 'm' }, { cancelable: true })).to.be.false;
      expect(probe.emit('cabildo-error', { code: 'c', message: 'm' })).to.be.true;
    } finally {
      warnings.restore();
    }
  });

  it('defining a taken tag again never throws; another version is warned about', () => {
    class Same extends CabildoElement {}
    class Other extends CabildoElement {
      static override readonly version = '99.0.0';
    }
    const warnings = captureWarnings();
    try {
      expect(() => ProbeElement.define('cabildo-test-probe')).not.to.throw();
      expect(() => Same.define('cabildo-test-probe')).not.to.throw();
      expect(warnings.messages).to.have.length(0);
      expect(() => Other.define('cabildo-test-probe')).not.to.throw();
      expect(warnings.messages.join('\n')).to.contain('99.0.0');
      expect(customElements.get('cabildo-test-probe')).to.equal(ProbeElement);
    } finally {
      warnings.restore();
    }
  });

  it('carries the version of package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
    expect(CabildoElement.version).to.equal(pkg.version);
  });
});
