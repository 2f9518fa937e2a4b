import { expect } from '@open-wc/testing';
import { qrPath } from '../../src/core/qr-path.js';

describe('qrPath', () => {
  it('draws each run of dark modules in a row as one rectangle', () => {
    const modules = [
      [true, true, false, true],
      [false, false, false, false],
      [false, true, true, true],
    ];
    expect(qrPath(modules)).to.equal('M0 0h2v1h-2zM3 0h1v1h-1zM1 2h3v1h-3z');
  });

  it('draws nothing for an all-light matrix', () => {
    expect(qrPath([[false, false], [false, false]])).to.equal('');
  });
});
