import { expect } from '@open-wc/testing';
import { MASKS, maskPersonalData } from '../../src/core/personal-data.js';

const mask = (text: string) => maskPersonalData(text).text;

describe('masking personal data in comments', () => {
  it('masks DNI numbers with their letter, however they are written', () => {
    for (const dni of ['12345678Z', '12345678-z', '12.345.678-Z', '12345678 Z']) {
      expect(mask(`Mi DNI es ${dni}, gracias`), dni).to.equal(`Mi DNI es ${MASKS.id}, gracias`);
    }
  });
  it('masks a DNI written without its letter where the text names it', () => {
    for (const dni of ['12345678', '12.345.678']) {
      expect(mask(`mi DNI es ${dni} y no me llamaron`), dni).to.equal(`mi DNI es ${MASKS.id} y no me llamaron`);
      expect(mask(`NIF: ${dni}.`), dni).to.equal(`NIF: ${MASKS.id}.`);
    }
  });
  it('leaves amounts, dates and references alone', () => {
    for (const text of ['Pagué 12.345.678 euros', 'importe 1.234.567,89 euros', 'referencia 20261225', 'expediente 12345678 del año pasado',
      'el DNI caducó en 2024 y pagué 12.345.678,50 €']) {
      expect(mask(text), text).to.equal(text);
    }
  });
  it('masks NIE numbers, with or without their letter', () => {
    for (const nie of ['X1234567L', 'y-1234567-l', 'Z 1234567 R', 'X1234567', 'Y-1234567']) {
      expect(mask(`NIE ${nie}.`), nie).to.equal(`NIE ${MASKS.id}.`);
    }
  });
  it('masks e-mail addresses, accents included', () => {
    expect(mask('escribidme a maría.pérez+oac@correo.es por favor')).to.equal(`escribidme a ${MASKS.email} por favor`);
    expect(mask('a@b.es y c_d@sub.cabildodelanzarote.com')).to.equal(`${MASKS.email} y ${MASKS.email}`);
  });
  it('masks Spanish phone numbers with or without prefix and separators', () => {
    for (const phone of ['928 81 01 00', '628538449', '+34 628 53 84 49', '0034-628-538-449', '(+34) 928.81.01.00', '+34628538449']) {
      expect(mask(`llamad al ${phone} mañana`), phone).to.equal(`llamad al ${MASKS.phone} mañana`);
    }
  });
  it('masks foreign phone numbers written with their country prefix', () => {
    for (const phone of ['+44 7700 900123', '+447700900123', '0049 30 1234567', '+1 (555) 123-4567', '+49-30-1234567']) {
      expect(mask(`call me on ${phone} please`), phone).to.equal(`call me on ${MASKS.phone} please`);
    }
  });
  it('counts what it masked and leaves ordinary text and numbers alone', () => {
    const text = 'Esperé 45 minutos el 12/03/2026, turno 123, expediente 2024/000123 y 1234567 sin letra. Código 35500.';
    expect(maskPersonalData(text)).to.deep.equal({ text, masked: 0 });
    expect(maskPersonalData('DNI 12345678Z, tel 628538449, mail a@b.es').masked).to.equal(3);
  });
  it('does not take a longer digit run for a phone', () => {
    expect(mask('referencia 1928810100555')).to.equal('referencia 1928810100555');
  });
});
