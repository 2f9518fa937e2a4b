// Made-up survey answers for the demo's office page: the same ones on every run (fixed seed), spread over the twelve
// months before DEMO_END, in office hours on weekdays. The channel mix follows the seed article's figures for the
// office's first half of 2024 (7,752 people in person, 1,000 e-mails, 1,300 WhatsApp messages and calls, of 13,300
// enquiries); how the other 3,248 split between telephone, web and other is NOT in the article: the split below is a
// guess, marked as such. Satisfaction, resolution and comments are invented; the trend improves slowly on purpose, so
// that the chart has something to show.
export const DEMO_SEED = 20_241_300;
export const DEMO_COUNT = 2000;
export const DEMO_END = Date.parse('2026-11-30T14:00:00Z');

/** Channel weights: article figures, and (guess) the remainder split 60 % phone, 28 % web, 12 % other. */
export const DEMO_CHANNEL_WEIGHTS = {
  presencial: 7752,
  email: 1000,
  whatsapp: 1300,
  telefono: Math.round(3248 * 0.6),
  web: Math.round(3248 * 0.28),
  otro: 3248 - Math.round(3248 * 0.6) - Math.round(3248 * 0.28),
};

const COMMENTS = [
  'Muy amables y rápidos, gracias.',
  'Me atendieron enseguida y me explicaron todo muy bien.',
  'Tuve que esperar casi una hora para que me atendieran.',
  'Por WhatsApp me contestaron en diez minutos. Perfecto.',
  'No sabía qué papeles traer; en la web no estaba claro.',
  'La chica que me atendió fue muy paciente con mi madre.',
  'El certificado digital me lo hicieron en un momento.',
  'Llamé tres veces y nadie cogió el teléfono.',
  'Deberían abrir alguna tarde, trabajo por las mañanas.',
  'Todo correcto.',
  'Me mandaron a otra oficina y allí me dijeron que era aquí.',
  'Excelente servicio, ojalá todo el Cabildo funcionara así.',
  'El correo tardó una semana en contestarse.',
  'Muy buena atención. Mi teléfono es [TELÉFONO] por si necesitan algo.',
  'Gracias por ayudarme con la cita previa.',
  'La web no funcionaba desde el móvil.',
  'Me resolvieron la duda, pero tuve que volver al día siguiente.',
  'Very helpful staff, they spoke English with me.',
  'Faltan sillas en la sala de espera.',
  'Rápido y sin complicaciones.',
  'No me dieron cita hasta dentro de tres semanas.',
  'Escribí desde [EMAIL] y no tuve respuesta.',
  'Un trato muy humano, se agradece.',
  'Me ayudaron a renovar la clave permanente.',
  'El aparcamiento es imposible a esas horas.',
  'No entendí la respuesta, demasiado técnica.',
  'Perfecto, volveré a usar el WhatsApp.',
  'La oficina está muy bien señalizada.',
];

/** A small seeded generator (mulberry32): the same numbers for the same seed, on every machine. */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pick = (random, weights) => {
  const entries = Object.entries(weights);
  let roll = random() * entries.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return entries.at(-1)[0];
};

const uuid = (random) => {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random() * 4)];
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

/** The demo answers, as `{ payload, receivedAt }`, oldest first. */
export function demoAnswers({ seed = DEMO_SEED, count = DEMO_COUNT, end = DEMO_END } = {}) {
  const random = seededRandom(seed);
  const year = 365 * 86_400_000;
  const answers = [];
  while (answers.length < count) {
    // A weekday between 08:00 and 14:30 UTC (09:00–15:30 in Canary summer time), within the year before `end`.
    const day = new Date(end - Math.floor(random() * 365) * 86_400_000);
    if (day.getUTCDay() === 0 || day.getUTCDay() === 6) continue;
    day.setUTCHours(8, 0, 0, 0);
    const received = new Date(day.getTime() + Math.floor(random() * 6.5 * 3_600_000));
    const channel = pick(random, DEMO_CHANNEL_WEIGHTS);
    // Older answers a little less happy; WhatsApp and in person a little happier than telephone and e-mail.
    const age = (end - received.getTime()) / year;
    const lift = { presencial: 0.3, whatsapp: 0.5, telefono: -0.4, email: -0.3, web: -0.1, otro: 0 }[channel] - age * 0.6;
    const satisfaction = Math.min(5, Math.max(1, Math.round(3.9 + lift + (random() + random() + random() - 1.5) * 1.6)));
    const resolved = satisfaction >= 4 ? pick(random, { yes: 85, partly: 12, no: 3 }) : satisfaction === 3 ? pick(random, { yes: 45, partly: 40, no: 15 }) : pick(random, { yes: 15, partly: 35, no: 50 });
    const answersPart = { satisfaction, resolved, channel };
    if (random() < 0.28) answersPart.comment = COMMENTS[Math.floor(random() * COMMENTS.length)];
    const english = answersPart.comment?.startsWith('Very') || random() < 0.04;
    answers.push({
      receivedAt: received.toISOString(),
      payload: {
        schema: 1,
        id: uuid(random),
        surveyId: 'oac-satisfaccion',
        answers: answersPart,
        locale: english ? 'en' : 'es',
        page: channel === 'presencial' ? '/oficina/encuesta' : '/atencion-ciudadana',
        submittedAt: new Date(received.getTime() - Math.floor(random() * 20_000)).toISOString(),
      },
    });
  }
  return answers.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
}
