import { expect } from '@open-wc/testing';
import { buildVCard, escapeVCardText, foldVCardLine, vcardFileName, type VCardContact } from '../../src/core/vcard.js';

interface Property {
  name: string;
  params: string[];
  /** Components split on unescaped semicolons, each unescaped. */
  values: string[];
}

/** A small vCard 3.0 reader, written from RFC 2426 independently of the writer: unfold, split, unescape. */
function parseVCard(text: string): Property[] {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  const lines = unfolded.split('\r\n');
  expect(lines.pop(), 'the file ends with CRLF').to.equal('');
  return lines.map((line) => {
    const colon = line.indexOf(':');
    const [name, ...params] = line.slice(0, colon).split(';');
    const raw = line.slice(colon + 1);
    const values: string[] = [];
    let current = '';
    for (let i = 0; i < raw.length; i++) {
      const c = raw[i];
      if (c === '\\') {
        const next = raw[++i];
        current += next === 'n' || next === 'N' ? '\n' : next;
      } else if (c === ';') {
        values.push(current);
        current = '';
      } else current += c;
    }
    values.push(current);
    return { name, params, values };
  });
}

const octets = (s: string) => new TextEncoder().encode(s).length;

const fixture: VCardContact = {
  name: 'Oficina de Atención; Información, Ciudadana \\ Cabildo de Lanzarote — atención personalizada en Arrecife y La Graciosa',
  phone: '+34928810100',
  whatsapp: '+34628538449',
  email: 'atencion@example.org',
  web: 'https://www.cabildodelanzarote.com/',
  address: {
    street: 'Avenida Fred Olsen, s/n',
    locality: 'Arrecife',
    region: 'Lanzarote, Las Palmas',
    postalCode: '35500',
    country: 'ES',
  },
  note: 'Lunes a viernes\n09:00–14:00; hora de Canarias',
};

describe('vCard 3.0', () => {
  it('escapes backslash, comma, semicolon and newlines in text values', () => {
    expect(escapeVCardText('a\\b,c;d\ne\r\nf')).to.equal('a\\\\b\\,c\\;d\\ne\\nf');
  });

  it('folds long lines at 75 octets, continuation lines starting with a space, never splitting a character', () => {
    const line = `NOTE:${'á'.repeat(60)}€😀${'x'.repeat(100)}`;
    const folded = foldVCardLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).to.be.greaterThan(2);
    for (const part of parts) expect(octets(part)).to.be.at.most(75);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).to.be.true;
    // Every part is whole UTF-8 text: re-joining gives the line back exactly.
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).to.equal(line);
    expect(parts.some((p) => p.includes('\uFFFD'))).to.be.false;
    expect(foldVCardLine('FN:short')).to.equal('FN:short');
  });

  it('uses CRLF line endings only and no line longer than 75 octets', () => {
    const text = buildVCard(fixture);
    expect(text.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).to.be.at.most(75);
  });

  it('reads back, field by field, as the fixture it was made from', () => {
    const props = parseVCard(buildVCard(fixture));
    const get = (name: string, param?: string) =>
      props.filter((p) => p.name === name && (!param || p.params.includes(param)));
    expect(props[0]).to.deep.equal({ name: 'BEGIN', params: [], values: ['VCARD'] });
    expect(props[1]).to.deep.equal({ name: 'VERSION', params: [], values: ['3.0'] });
    expect(props.at(-1)).to.deep.equal({ name: 'END', params: [], values: ['VCARD'] });
    expect(get('FN')[0].values).to.deep.equal([fixture.name]);
    expect(get('N')[0].values, 'a company card: no person named').to.deep.equal(['', '', '', '', '']);
    expect(get('ORG')[0].values).to.deep.equal([fixture.name]);
    expect(get('TEL', 'TYPE=WORK,VOICE')[0].values).to.deep.equal(['+34928810100']);
    expect(get('TEL', 'TYPE=CELL')[0].values).to.deep.equal(['+34628538449']);
    expect(get('TEL')).to.have.length(2);
    expect(get('EMAIL')[0].values).to.deep.equal(['atencion@example.org']);
    expect(get('URL')[0].values).to.deep.equal(['https://www.cabildodelanzarote.com/']);
    expect(get('ADR')[0].params).to.deep.equal(['TYPE=WORK']);
    expect(get('ADR')[0].values).to.deep.equal([
      '',
      '',
      'Avenida Fred Olsen, s/n',
      'Arrecife',
      'Lanzarote, Las Palmas',
      '35500',
      'ES',
    ]);
    expect(get('NOTE')[0].values).to.deep.equal([fixture.note]);
  });

  it('leaves out the channels an office does not have', () => {
    const props = parseVCard(buildVCard({ name: 'Oficina' }));
    expect(props.map((p) => p.name)).to.deep.equal(['BEGIN', 'VERSION', 'N', 'FN', 'ORG', 'X-ABShowAs', 'END']);
  });

  it('names the file in plain lower-case words, accents removed, .vcf', () => {
    expect(vcardFileName('contacto', 'Oficina de Atención · Cabildo de Lanzarote')).to.equal(
      'contacto-oficina-de-atencion-cabildo-de-lanzarote.vcf',
    );
    expect(vcardFileName('contact', 'Citizen Office')).to.equal('contact-citizen-office.vcf');
    const long = vcardFileName('contacto', 'palabra '.repeat(30));
    expect(long.length).to.be.at.most(84);
    expect(long).to.match(/^contacto-palabra(-palabra)*\.vcf$/);
  });
});
