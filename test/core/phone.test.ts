import { expect } from '@open-wc/testing';
import { formatPhone, normalizePhone, telHref, whatsappHref } from '../../src/core/phone.js';

describe('phone numbers', () => {
  const valid: Array<[string, string]> = [
    ['628 53 84 49', '+34628538449'],
    ['628-53-84-49', '+34628538449'],
    ['628.53.84.49', '+34628538449'],
    ['+34 628 53 84 49', '+34628538449'],
    ['0034 628 538 449', '+34628538449'],
    ['928810100', '+34928810100'],
    ['(928) 81 01 00', '+34928810100'],
    ['+44 20 7946 0958', '+442079460958'],
    ['  +34628538449  ', '+34628538449'],
  ];
  for (const [input, expected] of valid) {
    it(`normalises "${input}" to ${expected}`, () => expect(normalizePhone(input)).to.equal(expected));
  }

  const invalid = ['', '   ', 'abc', '628 53 84 4', '12345', '+0 123 456 789', '628538449x', '+34 628 53 84 49 12 34 56 78',
    'javascript:alert(1)', '1234567890',
    // Spanish numbers have exactly 9 national digits, starting with 6 to 9.
    '+34 62853844', '+34 628 53 84 49 1', '+34 028 53 84 49', '0034 0628538449', '+34 528 53 84 49'];
  for (const input of invalid) {
    it(`rejects "${input}"`, () => expect(normalizePhone(input)).to.equal(null));
  }

  it('rejects what is not a string', () => {
    expect(normalizePhone(undefined)).to.equal(null);
    expect(normalizePhone(null)).to.equal(null);
  });

  it('builds tel: and WhatsApp links with the text encoded', () => {
    expect(telHref('+34928810100')).to.equal('tel:+34928810100');
    expect(whatsappHref('+34628538449')).to.equal('https://wa.me/34628538449');
    const text = 'Hola 👋, ¿está abierta?\nGracias & adiós';
    const href = whatsappHref('+34628538449', text);
    expect(href).to.equal(`https://wa.me/34628538449?text=${encodeURIComponent(text)}`);
    expect(new URL(href).searchParams.get('text')).to.equal(text);
  });

  it('builds the WhatsApp link from a message holding half an emoji (never throws)', () => {
    const cut = 'Hola 😀'.slice(0, 6);
    const href = whatsappHref('+34628538449', cut);
    expect(new URL(href).searchParams.get('text')).to.equal('Hola \uFFFD');
    expect(new URL(whatsappHref('+34628538449', '\uDE00 ok 😀')).searchParams.get('text')).to.equal('\uFFFD ok 😀');
  });

  it('groups Spanish numbers as they are read aloud', () => {
    expect(formatPhone('+34928810100')).to.equal('928 81 01 00');
    expect(formatPhone('+34628538449')).to.equal('628 53 84 49');
    expect(formatPhone('+442079460958')).to.equal('+442079460958');
  });
});
