import type { Catalogue, Category, Channel, LocalizedList, LocalizedText, Tramite } from '../core/catalogue.js';

/*
 * The built-in catalogue: the services the office provides (OFFICE.md, from the Cabildo's 2024 news release), written
 * from public knowledge of these Spanish procedures (Ley 39/2015, FNMT, Cl@ve, the Canary Government's registers).
 * Every entry is `verified: false` until the office checks it; `confirm` says what to check. Links are starting
 * points on official sites; they are rendered only through safeHref.
 */

const SEDE_CABILDO = 'https://cabildodelanzarote.sedelectronica.es/';
const SEDE_CANARIAS = 'https://sede.gobiernodecanarias.org/';
const CLAVE = 'https://clave.gob.es/';
const FNMT_PERSONA_FISICA = 'https://www.sede.fnmt.gob.es/certificados/persona-fisica/obtener-certificado-software';
const SEDE_EXTRANJERIA = 'https://sede.administracionespublicas.gob.es/';
const CITA_EXTRANJERIA = 'https://sede.administracionespublicas.gob.es/icpplus/';
const WHATSAPP_CITA = 'https://wa.me/34628538449?text=Hola%2C%20quiero%20pedir%20cita%20en%20la%20Oficina%20de%20Atenci%C3%B3n%20Ciudadana.';

const ID_ES = 'DNI, NIE o pasaporte en vigor (original)';
const ID_EN = 'Valid Spanish ID card (DNI), foreigner identity number document (NIE) or passport (original)';

export const CATEGORIES: Category[] = [
  { id: 'identidad-digital', name: { es: 'Certificado digital y Cl@ve', en: 'Digital certificate and Cl@ve' } },
  { id: 'familia', name: { es: 'Familia y parejas de hecho', en: 'Family and unmarried couples' } },
  { id: 'extranjeria', name: { es: 'Extranjería', en: 'Foreign nationals' } },
  { id: 'asociaciones', name: { es: 'Asociaciones', en: 'Associations' } },
  { id: 'registro-cita', name: { es: 'Registro y cita previa', en: 'Registry and appointments' } },
  { id: 'quejas', name: { es: 'Quejas y sugerencias', en: 'Complaints and suggestions' } },
  { id: 'otras-administraciones', name: { es: 'Lo hacen otras administraciones', en: 'Done by other administrations' } },
];

const TRAMITES: Tramite[] = [
  {
    id: 'quejas-sugerencias-reclamaciones',
    title: { es: 'Quejas, sugerencias y reclamaciones', en: 'Complaints and suggestions' },
    summary: {
      es: 'Cuéntanos qué no ha funcionado o qué podemos mejorar en cualquier servicio del Cabildo de Lanzarote.',
      en: 'Tell us what went wrong or what we could improve in any service of the Cabildo de Lanzarote.',
    },
    keywords: {
      es: ['queja', 'quejarme', 'quejar', 'reclamar', 'reclamación', 'sugerencia', 'protestar', 'mal servicio', 'mala atención',
        'libro de reclamaciones', 'opinión', 'felicitación', 'propuesta de mejora'],
      en: ['complaint', 'complain', 'claim', 'suggestion', 'feedback', 'bad service', 'compliment', 'grievance'],
    },
    category: 'quejas',
    audience: { es: 'Cualquier persona, viva o no en Lanzarote.', en: 'Anyone, whether or not they live on Lanzarote.' },
    // E-mail and WhatsApp as formal complaint channels are unverified (CATALOGUE-REVIEW.md): not offered until confirmed.
    channels: ['web', 'presencial'],
    bring: {
      es: [ID_ES, 'Una descripción de lo ocurrido: fecha, lugar y servicio', 'Documentos o fotos que lo demuestren, si los tienes'],
      en: [ID_EN, 'A description of what happened: date, place and service', 'Documents or photos that support it, if you have any'],
    },
    steps: {
      es: ['Presenta el formulario en la sede electrónica (con Cl@ve o certificado) o en la oficina, en persona.',
        'Guarda el justificante con la fecha y el número de registro: demuestra que lo entregaste.',
        'El servicio afectado estudia tu escrito y te responde por el medio que elijas.'],
      en: ['Submit the form at the electronic office (with Cl@ve or a certificate) or in person at the office.',
        'Keep the receipt with its registry number.',
        'The service concerned studies it and answers you by the channel you choose.'],
    },
    start: { url: SEDE_CABILDO, label: { es: 'Presentar una queja o sugerencia', en: 'Make a complaint or suggestion' } },
    appointment: 'none',
    verified: false,
    confirm: 'Direct link to the online complaints procedure in the sede (since 2017), whether e-mail and WhatsApp are accepted as formal channels (not offered until confirmed), and the answer deadline.',
    sources: ['Cabildo de Lanzarote news release, 2024', SEDE_CABILDO],
  },
  {
    id: 'acreditacion-certificado-digital',
    title: { es: 'Certificado digital: acreditar tu identidad', en: 'Digital certificate: prove your identity' },
    summary: {
      es: 'Pide el certificado digital de la FNMT por internet y ven a la oficina a demostrar que eres tú; después lo descargas.',
      en: 'Request the FNMT personal digital certificate online and come to the office to prove who you are; then you download it.',
    },
    keywords: {
      es: ['certificado digital', 'certificado electrónico', 'firma digital', 'firma electrónica', 'FNMT', 'fábrica de moneda',
        'acreditar identidad', 'código de solicitud', 'renovar certificado', 'sacar el certificado', 'certificado de persona física'],
      en: ['digital certificate', 'electronic certificate', 'digital signature', 'e-signature', 'FNMT certificate',
        'identity check', 'request code', 'renew certificate', 'get a certificate'],
    },
    category: 'identidad-digital',
    audience: {
      es: 'Personas mayores de edad con DNI o NIE que quieran hacer trámites por internet.',
      en: 'Adults with a Spanish ID card (DNI) or NIE who want to do procedures online.',
    },
    channels: ['web', 'presencial'],
    bring: {
      es: ['DNI en vigor; si eres extranjero, pasaporte y un documento con tu NIE (TIE o certificado de NIE)',
        'El código de solicitud que la FNMT te envió por correo electrónico'],
      en: ['Valid Spanish ID card (DNI); foreign nationals, passport plus a document with the NIE (TIE card or NIE certificate)',
        'The request code the FNMT emailed you'],
    },
    steps: {
      es: ['Instala el configurador de la FNMT en tu ordenador.',
        'Pide el certificado en la web de la FNMT: te envían un código de solicitud por correo.',
        'Ven a la oficina con tu documento de identidad y el código para demostrar que eres tú (la FNMT también permite hacerlo por videollamada).',
        'Más o menos una hora después, descarga el certificado en el mismo ordenador y con el mismo usuario con que lo pediste, sin formatearlo ni actualizarlo entre medias.'],
      en: ['Install the FNMT configurator on your computer.',
        'Request the certificate on the FNMT website: they email you a request code.',
        'Come to the office with your identity document and the code to prove who you are (the FNMT also offers a video call).',
        'About an hour later, download the certificate on the same computer and user account you requested it with, without formatting or updating it in between.'],
    },
    start: { url: FNMT_PERSONA_FISICA, label: { es: 'Solicitar el certificado en la FNMT', en: 'Request the certificate from the FNMT' } },
    appointment: 'required',
    verified: false,
    confirm: 'Whether the office requires cita previa for accreditation, and whether it also accredits the FNMT certificate for legal representatives.',
    sources: [FNMT_PERSONA_FISICA],
  },
  {
    id: 'clave-permanente-alta',
    title: { es: 'Cl@ve: darte de alta', en: 'Cl@ve: register' },
    summary: {
      es: 'Regístrate en Cl@ve para identificarte en las administraciones públicas por internet con tu móvil o una contraseña.',
      en: 'Register in Cl@ve, the Spanish government login, to identify yourself online with your mobile phone or a password.',
    },
    keywords: {
      es: ['clave', 'cl@ve', 'clave permanente', 'clave pin', 'clave móvil', 'registrarse en clave', 'alta en clave',
        'sacar la clave', 'darme de alta', 'contraseña de hacienda', 'registro clave'],
      en: ['clave', 'cl@ve', 'government login', 'digital id', 'sign up', 'register for clave', 'password for tax office',
        'online identity'],
    },
    category: 'identidad-digital',
    audience: { es: 'Personas con DNI o NIE.', en: 'People with a Spanish ID card (DNI) or NIE.' },
    channels: ['presencial', 'web'],
    bring: {
      es: [ID_ES, 'Tu teléfono móvil (uno por DNI o NIE; vale un número extranjero) y tu correo electrónico'],
      en: [ID_EN, 'Your mobile phone (one per DNI or NIE; a foreign number is fine) and your email address'],
    },
    steps: {
      es: ['Ven a la oficina con tu documento de identidad: así tienes el nivel avanzado, que sirve para todo, también para firmar.',
        'También puedes registrarte en clave.gob.es con carta de invitación o videollamada automática, pero solo con el nivel básico: no sirve para firmar y algunos servicios no lo aceptan.',
        'Crea tu contraseña con el código de activación del justificante de registro y un código que te llega por SMS.'],
      en: ['Come to the office with your identity document: you get the advanced level, which works for everything, signing included.',
        'You can also register at clave.gob.es by invitation letter or automatic video call, but only at the basic level: it cannot sign and some services refuse it.',
        'Create your password with the activation code on the registration receipt and a code sent to you by text message.'],
    },
    start: { url: CLAVE, label: { es: 'Registrarse en Cl@ve', en: 'Register for Cl@ve' } },
    appointment: 'required',
    verified: false,
    confirm: 'Whether cita previa is required at the office.',
    sources: [CLAVE, 'clave.gob.es, "Cómo puedo registrarme"'],
  },
  {
    id: 'clave-permanente-modificacion',
    title: { es: 'Cl@ve: cambiar tus datos o recuperar la contraseña', en: 'Cl@ve: change your details or reset your password' },
    summary: {
      es: 'Cambia el móvil o el correo de tu Cl@ve, renueva o recupera la contraseña si la has olvidado o se ha bloqueado.',
      en: 'Change the mobile phone or email linked to Cl@ve, or renew or recover your password if you forgot it or it is blocked.',
    },
    keywords: {
      es: ['renovar la clave', 'cambiar la clave', 'olvidé la contraseña', 'contraseña bloqueada', 'recuperar clave',
        'reactivar clave', 'cambiar móvil', 'cambiar teléfono', 'cambiar correo', 'modificar datos clave', 'clave caducada'],
      en: ['renew clave', 'reset password', 'forgot password', 'blocked password', 'change phone number', 'change email',
        'update details', 'reactivate clave', 'expired clave'],
    },
    category: 'identidad-digital',
    audience: { es: 'Personas ya registradas en Cl@ve.', en: 'People already registered in Cl@ve.' },
    channels: ['presencial', 'web'],
    bring: {
      es: [ID_ES, 'El teléfono móvil y el correo electrónico nuevos, si vas a cambiarlos'],
      en: [ID_EN, 'Your new mobile phone number and email address, if you are changing them'],
    },
    steps: {
      es: ['¿Olvidaste la contraseña? Créala de nuevo en clave.gob.es con tu código de activación; si lo perdiste, pide otro con Cl@ve PIN.',
        'El correo electrónico lo cambias en clave.gob.es con Cl@ve PIN o con la app.',
        'Para cambiar el número de móvil necesitas certificado digital o DNI electrónico, o venir a la oficina con tu documento de identidad.'],
      en: ['Forgot your password? Create a new one at clave.gob.es with your activation code; if you lost it, get another with Cl@ve PIN.',
        'Change your e-mail at clave.gob.es with Cl@ve PIN or the app.',
        'To change your mobile number you need a digital certificate or electronic ID card, or to come to the office with your identity document.'],
    },
    start: { url: CLAVE, label: { es: 'Cambiar mis datos en Cl@ve', en: 'Change my Cl@ve details' } },
    appointment: 'required',
    verified: false,
    confirm: 'Whether cita previa is required at the office.',
    sources: [CLAVE, 'clave.gob.es, "Modificación de datos"'],
  },
  {
    id: 'clave-permanente-revocacion',
    title: { es: 'Cl@ve: darte de baja', en: 'Cl@ve: cancel your registration' },
    summary: {
      es: 'Sal de Cl@ve del todo, o quita solo Cl@ve Permanente y sigue con Cl@ve PIN, si ya no lo quieres o crees que alguien conoce tus datos de acceso.',
      en: 'Leave Cl@ve altogether, or remove only Cl@ve Permanente and keep Cl@ve PIN, if you no longer want it or think someone knows your login details.',
    },
    keywords: {
      es: ['baja clave', 'darme de baja', 'revocar clave', 'anular clave', 'cancelar clave', 'suplantación', 'me han robado la clave'],
      en: ['cancel clave', 'revoke', 'deregister', 'delete account', 'stolen password', 'identity theft'],
    },
    category: 'identidad-digital',
    audience: { es: 'Personas registradas en Cl@ve.', en: 'People registered in Cl@ve.' },
    channels: ['presencial', 'web'],
    bring: { es: [ID_ES], en: [ID_EN] },
    steps: {
      es: ['Decide si quieres salir de Cl@ve del todo o solo quitar Cl@ve Permanente.',
        'Ven a la oficina con tu documento de identidad, o hazlo en clave.gob.es con tu certificado.',
        'Si sales del todo, para volver a darte de alta necesitarás certificado digital o venir a la oficina.'],
      en: ['Decide whether to leave Cl@ve altogether or only remove Cl@ve Permanente.',
        'Come to the office with your identity document, or do it at clave.gob.es with your certificate.',
        'If you leave altogether, registering again needs a digital certificate or a visit to the office.'],
    },
    start: { url: CLAVE, label: { es: 'Darme de baja en Cl@ve', en: 'Cancel my Cl@ve registration' } },
    appointment: 'recommended',
    verified: false,
    confirm: 'Whether cita previa is needed for revocations.',
    sources: [CLAVE],
  },
  {
    id: 'extranjeria',
    title: { es: 'Extranjería: información y trámites', en: 'Foreign nationals: advice and procedures' },
    summary: {
      es: 'Te informamos sobre NIE, TIE, certificado de registro de ciudadano de la UE, residencia y arraigo, y registramos tus documentos.',
      en: 'We advise on the NIE, TIE card, EU citizen registration certificate, residence and settlement permits, and register your documents.',
    },
    keywords: {
      es: ['NIE', 'TIE', 'tarjeta de residencia', 'residencia', 'permiso de residencia', 'arraigo', 'papeles', 'extranjero',
        'certificado de registro', 'tarjeta verde', 'reagrupación familiar', 'inmigración', 'permiso de trabajo'],
      en: ['NIE', 'TIE', 'residence card', 'residency', 'residence permit', 'foreigner', 'immigration', 'green certificate',
        'EU registration certificate', 'work permit', 'visa', 'expat', 'brexit', 'family reunification'],
    },
    category: 'extranjeria',
    audience: {
      es: 'Personas extranjeras que viven o quieren vivir en Lanzarote o La Graciosa.',
      en: 'Foreign nationals who live or want to live on Lanzarote or La Graciosa.',
    },
    channels: ['presencial', 'web', 'telefono', 'whatsapp'],
    bring: {
      es: ['Pasaporte en vigor y NIE si ya lo tienes', 'El formulario oficial del trámite (modelos EX) rellenado',
        'El justificante de pago de la tasa (modelo 790), si el trámite la exige', 'Certificado de empadronamiento, si lo piden'],
      en: ['Valid passport, and your NIE if you already have one', 'The official form for the procedure (EX forms), filled in',
        'Proof of payment of the fee (form 790), if the procedure has one', 'Certificate of registration at your town hall (padrón), if asked'],
    },
    steps: {
      es: ['Pregúntanos qué trámite necesitas y qué documentos pide.',
        'Las solicitudes por escrito las presentas en la sede electrónica de Extranjería, o las registramos en la oficina.',
        'El NIE, el certificado de ciudadano de la UE y las huellas de la TIE se piden en persona, con cita, en la Policía Nacional (comisaría de Arrecife): eso no lo podemos presentar por ti.'],
      en: ['Ask us which procedure you need and which documents it requires.',
        'Written applications go to the immigration electronic office, or we register them at our office.',
        'The NIE, the EU citizen certificate and TIE fingerprints are requested in person, with an appointment, at the National Police (Arrecife station): we cannot present those for you.'],
    },
    start: { url: CITA_EXTRANJERIA, label: { es: 'Pedir cita de Extranjería', en: 'Book an immigration appointment' } },
    appointment: 'recommended',
    verified: false,
    confirm: 'Which immigration procedures the office files itself, and whether advice needs cita previa. The Comisaría de Arrecife handling NIE, EU certificate and TIE fingerprints is from a secondary source.',
    sources: [SEDE_EXTRANJERIA, CITA_EXTRANJERIA],
  },
  {
    id: 'pareja-de-hecho-inscripcion',
    title: { es: 'Pareja de hecho: inscripción', en: 'Registered unmarried couple (pareja de hecho): registration' },
    summary: {
      es: 'Inscribe tu pareja en el Registro de Parejas de Hecho de Canarias.',
      en: 'Register as an unmarried couple in the Canary Islands Register of Parejas de Hecho.',
    },
    keywords: {
      es: ['pareja de hecho', 'registrar pareja', 'inscribir pareja', 'unión de hecho', 'unión libre', 'convivencia',
        'hacernos pareja de hecho', 'registro de parejas'],
      en: ['civil partnership', 'domestic partnership', 'common-law partner', 'register partnership', 'unmarried couple',
        'cohabitation'],
    },
    category: 'familia',
    audience: {
      es: 'Parejas mayores de edad (o emancipadas), no casadas, que viven juntas desde hace al menos 12 meses (o tienen un hijo o hija en común) y están las dos empadronadas en Canarias.',
      en: 'Couples of age (or emancipated), not married, who have lived together for at least 12 months (or have a child together), both registered as living in the Canary Islands (padrón).',
    },
    channels: ['presencial', 'web'],
    bring: {
      es: ['DNI, NIE o pasaporte de las dos personas', 'Certificado de empadronamiento de las dos personas', 'Certificado o declaración de estado civil',
        'La solicitud del Registro de Parejas de Hecho firmada por las dos personas'],
      en: ['ID card, NIE or passport of both partners', 'Certificate of registration at the town hall (padrón) of both partners',
        'Certificate or statement of marital status', 'The Register\'s application form signed by both partners'],
    },
    steps: {
      es: ['Prepara la solicitud y los documentos con tu pareja.',
        'Preséntala en la sede del Gobierno de Canarias, o tráela y la registramos en la oficina.',
        'El Registro puede citar a las dos personas para firmar juntas; después te llega la resolución de inscripción.'],
      en: ['Prepare the application and documents with your partner.',
        'Submit it at the Canary Government\'s electronic office, or bring it and we register it at the office.',
        'The Register may ask you both to come and sign together; you then receive the registration decision.'],
    },
    start: { url: SEDE_CANARIAS, label: { es: 'Solicitar la inscripción', en: 'Apply to register' } },
    appointment: 'recommended',
    verified: false,
    confirm: 'Current document list of the Canary register (Ley 5/2003 art. 2.2 as amended by Ley 4/2012), the legal-residence clause (unverified), whether both partners must appear in person, and the direct link.',
    sources: [SEDE_CANARIAS],
  },
  {
    id: 'pareja-de-hecho-modificacion',
    title: { es: 'Pareja de hecho: cambiar los datos', en: 'Unmarried couple (pareja de hecho): change the registered details' },
    summary: {
      es: 'Comunica al Registro de Parejas de Hecho de Canarias un cambio de domicilio, de datos o de los pactos de la pareja.',
      en: 'Tell the Canary Register of Parejas de Hecho about a change of address, of personal details or of your agreements.',
    },
    keywords: {
      es: ['modificar pareja de hecho', 'cambiar datos pareja', 'cambio de domicilio', 'pactos', 'actualizar pareja'],
      en: ['change civil partnership', 'update partnership details', 'change of address', 'partnership agreement'],
    },
    category: 'familia',
    audience: { es: 'Parejas inscritas en el registro de Canarias.', en: 'Couples registered in the Canary register.' },
    channels: ['presencial', 'web'],
    bring: {
      es: ['DNI, NIE o pasaporte de las dos personas', 'Los documentos que demuestren el cambio'],
      en: ['ID card, NIE or passport of both partners', 'Documents proving the change'],
    },
    steps: {
      es: ['Rellena la solicitud de cambio.', 'Preséntala en la sede del Gobierno de Canarias, o tráela y la registramos en la oficina.',
        'El Registro anota el cambio y te lo comunica.'],
      en: ['Fill in the change request.', 'Submit it at the Canary Government\'s electronic office, or file it at our office.',
        'The Register records the change and notifies you.'],
    },
    start: { url: SEDE_CANARIAS, label: { es: 'Solicitar la modificación', en: 'Request the change' } },
    appointment: 'recommended',
    verified: false,
    confirm: 'Document list and direct link in the Canary Government\'s sede.',
    sources: [SEDE_CANARIAS],
  },
  {
    id: 'pareja-de-hecho-extincion',
    title: { es: 'Pareja de hecho: darla de baja', en: 'Unmarried couple (pareja de hecho): cancel the registration' },
    summary: {
      es: 'Cancela la inscripción de la pareja de hecho por separación, matrimonio o fallecimiento.',
      en: 'Cancel the registration of an unmarried couple after a separation, a marriage or a death.',
    },
    keywords: {
      es: ['baja pareja de hecho', 'separación', 'romper pareja', 'extinción', 'disolver pareja', 'cancelar pareja de hecho'],
      en: ['end civil partnership', 'dissolution', 'separation', 'break up', 'cancel partnership'],
    },
    category: 'familia',
    audience: {
      es: 'Una o las dos personas de una pareja inscrita en Canarias.',
      en: 'One or both partners of a couple registered in the Canary Islands.',
    },
    channels: ['presencial', 'web'],
    bring: {
      es: [ID_ES, 'Si la pide una sola persona: un documento que demuestre la causa (por ejemplo, certificado de matrimonio o de defunción)'],
      en: [ID_EN, 'If only one partner applies: a document proving the reason (for example a marriage or death certificate)'],
    },
    steps: {
      es: ['Rellena la solicitud de baja.', 'Preséntala en la sede del Gobierno de Canarias, o tráela y la registramos en la oficina.',
        'El Registro cancela la inscripción y te lo comunica.'],
      en: ['Fill in the cancellation request.', 'Submit it at the Canary Government\'s electronic office, or file it at our office.',
        'The Register cancels the registration and notifies it.'],
    },
    start: { url: SEDE_CANARIAS, label: { es: 'Solicitar la baja', en: 'Apply for dissolution' } },
    appointment: 'recommended',
    verified: false,
    confirm: 'Accepted reasons and documents for a unilateral request, and the direct link.',
    sources: [SEDE_CANARIAS],
  },
  {
    id: 'asociacion-inscripcion',
    title: { es: 'Asociación: inscripción', en: 'Association: registration' },
    summary: {
      es: 'Inscribe una asociación nueva en el Registro de Asociaciones de Canarias.',
      en: 'Register a new association in the Canary Islands Register of Associations.',
    },
    keywords: {
      es: ['crear asociación', 'montar asociación', 'registrar asociación', 'estatutos', 'acta fundacional', 'colectivo',
        'ong', 'asociación vecinal', 'asociación cultural'],
      en: ['set up an association', 'register association', 'nonprofit', 'non-profit', 'charity', 'statutes', 'society',
        'ngo'],
    },
    category: 'asociaciones',
    audience: {
      es: 'Tres o más personas (o entidades) que fundan una asociación con sede en Canarias. Las deportivas, religiosas y de consumidores van a otros registros.',
      en: 'Three or more people (or organisations) founding an association based in the Canary Islands. Sports, religious and consumer associations go to other registers.',
    },
    channels: ['presencial', 'web'],
    bring: {
      es: ['Acta fundacional firmada por las personas fundadoras', 'Estatutos firmados', 'DNI o NIE de las personas fundadoras',
        'La solicitud de inscripción'],
      en: ['Founding charter signed by the founders', 'Signed statutes', 'ID cards or NIE of the founders', 'The registration application'],
    },
    steps: {
      es: ['Escribe con las demás personas fundadoras el acta fundacional y los estatutos.',
        'Presenta la solicitud en la sede del Gobierno de Canarias, o tráela y la registramos en la oficina.',
        'Cuando esté inscrita, pide el NIF de la asociación en la Agencia Tributaria.'],
      en: ['Write the founding charter and the statutes.',
        'Submit the application at the Canary Government\'s electronic office, or file it at our office.',
        'Once registered, request the association\'s tax number (NIF) from the Tax Agency.'],
    },
    start: { url: SEDE_CANARIAS, label: { es: 'Inscribir la asociación', en: 'Register the association' } },
    appointment: 'none',
    verified: false,
    confirm: 'Document list of the Canary register (Ley 4/2003) and the direct link.',
    sources: [SEDE_CANARIAS],
  },
  {
    id: 'asociacion-extincion',
    title: { es: 'Asociación: disolución y baja', en: 'Association: dissolution' },
    summary: {
      es: 'Comunica la disolución de una asociación para que se dé de baja en el Registro de Asociaciones de Canarias.',
      en: 'Report the dissolution of an association so that it is removed from the Canary Register of Associations.',
    },
    keywords: {
      es: ['disolver asociación', 'cerrar asociación', 'baja asociación', 'extinción asociación', 'liquidación'],
      en: ['close association', 'dissolve association', 'wind up', 'deregister association'],
    },
    category: 'asociaciones',
    audience: { es: 'Asociaciones inscritas en Canarias.', en: 'Associations registered in the Canary Islands.' },
    channels: ['presencial', 'web'],
    bring: {
      es: ['Certificado del acuerdo de disolución de la asamblea', 'Documento de liquidación y destino del patrimonio',
        'DNI o NIE de quien firma la solicitud'],
      en: ['Certificate of the general meeting\'s decision to dissolve', 'Statement of liquidation and where the assets go',
        'ID card or NIE of the person signing the request'],
    },
    steps: {
      es: ['La asamblea acuerda cerrar la asociación y se reparte lo que tenga, como digan los estatutos.', 'Presenta la solicitud de baja en la sede del Gobierno de Canarias, o tráela y la registramos en la oficina.',
        'El Registro anota el cierre.'],
      en: ['The general meeting agrees to dissolve and the assets are liquidated.',
        'Submit the request at the Canary Government\'s electronic office or at our office.',
        'The Register records the dissolution.'],
    },
    start: { url: SEDE_CANARIAS, label: { es: 'Comunicar la disolución', en: 'Report the dissolution' } },
    appointment: 'none',
    verified: false,
    confirm: 'Document list and direct link.',
    sources: [SEDE_CANARIAS],
  },
  {
    id: 'familia-numerosa',
    title: { es: 'Título de familia numerosa', en: 'Large family card (familia numerosa)' },
    summary: {
      es: 'Pide o renueva el título de familia numerosa, que da descuentos y ayudas. El Cabildo lo tramita y te lo entrega, por un convenio con el Gobierno de Canarias.',
      en: 'Apply for or renew the large family card, which gives discounts and benefits. The Cabildo processes it and hands it to you, under an agreement with the Canary Government.',
    },
    keywords: {
      es: ['familia numerosa', 'carnet familia numerosa', 'tarjeta familia numerosa', 'renovar familia numerosa',
        'tres hijos', 'descuento familia', 'título familia'],
      en: ['large family', 'big family', 'three children', 'family discount', 'family card', 'renew large family card'],
    },
    category: 'familia',
    audience: {
      es: 'Familias con tres o más hijos e hijas (o dos, en los casos que prevé la ley) que residen en Canarias.',
      en: 'Families with three or more children (or two, in the cases the law provides) living in the Canary Islands.',
    },
    channels: ['presencial', 'web'],
    bring: {
      es: ['DNI o NIE de las personas progenitoras y de los hijos e hijas mayores de 14 años', 'Libro de familia',
        'Certificado de empadronamiento familiar', 'Si procede: certificado de discapacidad, sentencia de separación o acreditación de estudios'],
      en: ['ID card or NIE of the parents and of children over 14', 'Family book (libro de familia)',
        'Household registration certificate (padrón)', 'If it applies: disability certificate, separation ruling or proof of studies'],
    },
    steps: {
      es: ['Rellena la solicitud de título nuevo o de renovación.', 'Preséntala en la oficina o en la sede del Gobierno de Canarias.',
        'El Cabildo te entrega el título; también puedes llevarlo en el móvil con la app del Gobierno de Canarias. Renuévalo antes de que caduque o cuando cambie la familia.'],
      en: ['Fill in the application for a new card or a renewal.', 'Submit it at the office or at the Canary Government\'s electronic office.',
        'The Cabildo hands you the card; you can also carry it on your phone with the Canary Government\'s app. Renew it before it expires or when the family changes.'],
    },
    start: { url: SEDE_CANARIAS, label: { es: 'Solicitar el título', en: 'Apply for the card' } },
    appointment: 'recommended',
    verified: false,
    confirm: 'Current document list, the direct link to the procedure, and the name of the Canary Government app with the digital card (since November 2025).',
    sources: [SEDE_CANARIAS, 'Ley 40/2003 de Protección a las Familias Numerosas', 'Cabildo de Lanzarote press releases, 2018 and 2024'],
  },
  {
    id: 'registro-otras-administraciones',
    title: { es: 'Registro de documentos para cualquier administración', en: 'Filing documents for any public administration' },
    summary: {
      es: 'Entrega aquí solicitudes, escritos y documentos para cualquier administración pública: los escaneamos, los enviamos y te damos un justificante con la fecha, que demuestra que lo entregaste a tiempo.',
      en: 'Hand in applications, letters and documents for any public administration here: we scan them, send them on and give you a dated receipt that proves you handed them in on time.',
    },
    keywords: {
      es: ['registro', 'registrar documento', 'presentar solicitud', 'entregar papeles', 'registro de entrada', 'ventanilla única',
        'compulsa', 'copia auténtica', 'presentar escrito', 'ministerio', 'gobierno de canarias', 'ayuntamiento', 'instancia'],
      en: ['file documents', 'submit application', 'hand in papers', 'registry office', 'official registry', 'certified copy',
        'send to ministry', 'government office'],
    },
    category: 'registro-cita',
    audience: { es: 'Cualquier persona que no esté obligada por ley a hacer sus trámites por internet (las empresas, por ejemplo, sí lo están).', en: 'Anyone not required by law to deal with the administration online (companies, for example, are).' },
    channels: ['presencial'],
    bring: {
      es: [ID_ES, 'La solicitud o escrito firmado y los documentos que lo acompañan', 'El nombre del organismo al que va dirigido (y su código, si lo conoces)'],
      en: [ID_EN, 'The signed application or letter and its supporting documents', 'The name of the body it is addressed to (and its code, if you know it)'],
    },
    steps: {
      es: ['Ven a la oficina con los documentos originales.', 'Los escaneamos (copia auténtica) y te los devolvemos.',
        'Te damos un justificante con fecha y número de registro; el envío llega al organismo por el Sistema de Interconexión de Registros.'],
      en: ['Come to the office with the original documents.', 'We scan them and give them back to you.',
        'You get a receipt with the date and registry number; the documents reach the body through the Registry Interconnection System.'],
    },
    start: { url: WHATSAPP_CITA, label: { es: 'Pedir cita para registrar', en: 'Book an appointment to file' } },
    appointment: 'recommended',
    verified: false,
    confirm: 'Whether filing requires cita previa and which administrations are reachable through SIR/ORVE.',
    sources: ['Ley 39/2015, artículo 16.4'],
  },
  {
    id: 'seminario-certificado-digital',
    title: { es: 'Talleres sobre el certificado digital', en: 'Digital certificate workshops' },
    summary: {
      es: 'La oficina prevé talleres para estudiantes y personas mayores sobre cómo sacar y usar el certificado digital y Cl@ve. Pregúntanos si hay fechas.',
      en: 'The office plans workshops for students and older people on getting and using the digital certificate and Cl@ve. Ask us whether dates are set.',
    },
    keywords: {
      es: ['taller', 'curso', 'seminario', 'formación', 'aprender', 'mayores', 'estudiantes', 'charla', 'brecha digital'],
      en: ['workshop', 'course', 'seminar', 'training', 'learn', 'older people', 'seniors', 'students', 'class'],
    },
    category: 'identidad-digital',
    audience: { es: 'Estudiantes, personas mayores y colectivos que lo soliciten.', en: 'Students, older people and groups who ask for one.' },
    channels: ['telefono', 'whatsapp', 'email'],
    bring: { es: [], en: [] },
    steps: {
      es: ['Pregúntanos por las próximas fechas por teléfono, WhatsApp o correo.', 'Apúntate o apunta a tu grupo.',
        'Ven al taller; si puedes, trae tu móvil o portátil.'],
      en: ['Ask us about upcoming dates by phone, WhatsApp or email.', 'Sign up yourself or your group.',
        'Come to the workshop; bring your phone or laptop if you can.'],
    },
    start: { url: 'https://wa.me/34628538449?text=Hola%2C%20quiero%20informaci%C3%B3n%20sobre%20los%20talleres%20del%20certificado%20digital.', label: { es: 'Preguntar por los talleres', en: 'Ask about the workshops' } },
    appointment: 'none',
    verified: false,
    confirm: 'Only announced as planned in 2024: whether the seminars run, whether they are free, their dates and how to sign up.',
    sources: ['Cabildo de Lanzarote news release, 2024'],
  },
  {
    id: 'cita-previa',
    title: { es: 'Cita previa en la oficina', en: 'Book an appointment at the office' },
    summary: {
      es: 'Pide día y hora para que te atiendan en la Oficina de Información y Atención Ciudadana.',
      en: 'Book a day and time to be seen at the Citizen Information and Services Office.',
    },
    keywords: {
      es: ['cita', 'pedir cita', 'reservar cita', 'turno', 'hora', 'cita previa', 'cambiar cita', 'anular cita', 'atención presencial'],
      en: ['appointment', 'book appointment', 'booking', 'reserve', 'slot', 'cancel appointment', 'change appointment', 'visit the office'],
    },
    category: 'registro-cita',
    audience: { es: 'Cualquier persona.', en: 'Anyone.' },
    channels: ['whatsapp', 'telefono'],
    bring: {
      es: ['Tu documento de identidad el día de la cita', 'Una idea del trámite que quieres hacer'],
      en: ['Your identity document on the day', 'An idea of the procedure you want to do'],
    },
    steps: {
      es: ['Escríbenos por WhatsApp o llámanos y dinos qué trámite quieres hacer.', 'Te damos día y hora.',
        'Ven a la oficina con la documentación del trámite.'],
      en: ['Message us on WhatsApp or call us and tell us which procedure you need.', 'We give you a day and time.',
        'Come to the office with the documents for the procedure.'],
    },
    start: { url: WHATSAPP_CITA, label: { es: 'Pedir cita por WhatsApp', en: 'Book on WhatsApp' } },
    appointment: 'none',
    verified: false,
    confirm: 'Whether there is an online booking page (the 2024 release mentions online appointments) to link instead of WhatsApp.',
    sources: ['Cabildo de Lanzarote news release, 2024'],
  },
];


// ---------------------------------------------------------------- done elsewhere
// Procedures other administrations do (OFFICE.md, "Done elsewhere"). The office cannot do them, but it registers a
// request addressed to any administration and helps people find the right page and book. Each entry says who does it
// (`elsewhere.by`), links to that body's official site (`start`), and how the office can still help.

const HELP = {
  es: 'En la oficina te ayudamos a encontrar la página y a pedir cita, y registramos cualquier escrito que dirijas a esa administración: te damos un justificante con la fecha.',
  en: 'At the office we help you find the right page and book an appointment, and we register any document you address to that administration: you get a receipt with the date.',
};
const CITA_DNI = 'https://www.citapreviadnie.es/';
const SCS = 'https://www3.gobiernodecanarias.org/sanidad/scs/';
const SEPE = 'https://sede.sepe.gob.es/';
const SCE = 'https://www.gobiernodecanarias.org/empleo/sce/';
const SEG_SOCIAL = 'https://www.seg-social.es/';
const AEAT = 'https://sede.agenciatributaria.gob.es/';
const DGT = 'https://www.dgt.es/';
const SEDE_JUSTICIA = 'https://sede.mjusticia.gob.es/';
const JUSTICIA = 'https://www.mjusticia.gob.es/';
const VIVIENDA = 'https://www.gobiernodecanarias.org/vivienda/';
const PAG = 'https://administracion.gob.es/';
const BY = {
  policia: { es: 'la Policía Nacional (comisaría de Arrecife)', en: 'the National Police (Arrecife police station)' },
  ayuntamiento: {
    es: 'el ayuntamiento del municipio donde vives (Arrecife, Haría, San Bartolomé, Teguise, Tías, Tinajo o Yaiza)',
    en: 'the town hall of the municipality where you live (Arrecife, Haría, San Bartolomé, Teguise, Tías, Tinajo or Yaiza)',
  },
  scs: { es: 'el Servicio Canario de la Salud (tu centro de salud)', en: 'the Canary Health Service (your health centre)' },
  sepe: { es: 'el SEPE (Servicio Público de Empleo Estatal)', en: 'SEPE, the State Public Employment Service' },
  sce: { es: 'el Servicio Canario de Empleo', en: 'the Canary Employment Service (Servicio Canario de Empleo)' },
  tgss: { es: 'la Seguridad Social (Tesorería General)', en: 'Social Security (General Treasury, TGSS)' },
  inss: { es: 'la Seguridad Social (Instituto Nacional de la Seguridad Social)', en: 'Social Security (National Social Security Institute, INSS)' },
  aeat: { es: 'la Agencia Tributaria (Hacienda)', en: 'the Tax Agency (Agencia Tributaria)' },
  dgt: { es: 'la DGT (Jefatura de Tráfico)', en: 'the DGT, the traffic authority (Jefatura de Tráfico)' },
  justicia: { es: 'el Ministerio de Justicia', en: 'the Ministry of Justice' },
  registroCivil: { es: 'el Registro Civil de Arrecife (Ministerio de Justicia)', en: 'the Civil Registry in Arrecife (Ministry of Justice)' },
  vivienda: { es: 'el Instituto Canario de la Vivienda (Gobierno de Canarias)', en: 'the Canary Housing Institute (Canary Government)' },
  canarias: { es: 'el Gobierno de Canarias, en su sede electrónica', en: 'the Canary Government, at its electronic office' },
  cabildo: { es: 'el Cabildo de Lanzarote, en su sede electrónica', en: 'the Cabildo de Lanzarote, at its electronic office' },
} as const;

interface ReferralInput {
  id: string;
  title: LocalizedText;
  summary: LocalizedText;
  keywords: LocalizedList;
  by: LocalizedText;
  url: string;
  label: LocalizedText;
  steps: LocalizedList;
  bring?: LocalizedList;
  audience?: LocalizedText;
  channels?: Channel[];
  help?: LocalizedText;
  confirm?: string;
}

const EVERYONE = { es: 'Cualquier persona que lo necesite.', en: 'Anyone who needs it.' };

function referral(r: ReferralInput): Tramite {
  return {
    id: r.id,
    title: r.title,
    summary: r.summary,
    keywords: r.keywords,
    category: 'otras-administraciones',
    audience: r.audience ?? EVERYONE,
    channels: r.channels ?? ['web', 'presencial'],
    bring: r.bring ?? { es: [], en: [] },
    steps: r.steps,
    start: { url: r.url, label: r.label },
    appointment: 'none',
    elsewhere: { by: r.by, help: r.help ?? HELP },
    verified: false,
    confirm: r.confirm ?? 'Who does it, the exact official page, and how the office helps (OFFICE.md, "Done elsewhere").',
    sources: [r.url],
  };
}

const REFERRALS: Tramite[] = [
  referral({
    id: 'dni',
    title: { es: 'DNI: sacarlo o renovarlo', en: 'Spanish ID card (DNI): get or renew it' },
    summary: {
      es: 'El DNI lo expide la Policía Nacional: pide cita en citapreviadnie.es o en el 060 y ve a la comisaría.',
      en: 'The DNI is issued by the National Police: book at citapreviadnie.es or on 060 and go to the police station.',
    },
    keywords: {
      es: ['dni', 'renovar dni', 'renovar el dni', 'dni caducado', 'perder el dni', 'perdí el dni', 'robo del dni',
        'carnet de identidad', 'renovar carnet de identidad', 'documento nacional de identidad', 'dni electrónico'],
      en: ['ID card', 'renew ID card', 'Spanish ID', 'identity card', 'lost ID card', 'national identity document'],
    },
    by: BY.policia,
    url: CITA_DNI,
    label: { es: 'Pedir cita para el DNI', en: 'Book an ID card appointment' },
    steps: {
      es: ['Pide cita en citapreviadnie.es o llamando al 060.', 'Ve a la comisaría el día de la cita con lo que te pidan al reservar.'],
      en: ['Book at citapreviadnie.es or by calling 060.', 'Go to the police station on the day with what they ask for when you book.'],
    },
    channels: ['web', 'telefono', 'presencial'],
  }),
  referral({
    id: 'pasaporte',
    title: { es: 'Pasaporte: sacarlo o renovarlo', en: 'Passport: get or renew it' },
    summary: {
      es: 'El pasaporte lo expide la Policía Nacional: pide cita en citapreviadnie.es o en el 060 y ve a la comisaría.',
      en: 'Passports are issued by the National Police: book at citapreviadnie.es or on 060 and go to the police station.',
    },
    keywords: {
      es: ['pasaporte', 'renovar pasaporte', 'pasaporte caducado', 'sacar el pasaporte', 'pasaporte para viajar'],
      en: ['passport', 'renew passport', 'expired passport', 'get a passport'],
    },
    by: BY.policia,
    url: CITA_DNI,
    label: { es: 'Pedir cita para el pasaporte', en: 'Book a passport appointment' },
    steps: {
      es: ['Pide cita en citapreviadnie.es o llamando al 060.', 'Ve a la comisaría el día de la cita con tu DNI en vigor.'],
      en: ['Book at citapreviadnie.es or by calling 060.', 'Go to the police station on the day with your valid DNI.'],
    },
    channels: ['web', 'telefono', 'presencial'],
  }),
  referral({
    id: 'padron-alta',
    title: { es: 'Empadronamiento: darte de alta en el padrón', en: 'Register your address at the town hall (padrón)' },
    summary: {
      es: 'Empadronarte es apuntarte en la lista de vecinos de tu municipio. Lo hace el ayuntamiento donde vives, no el Cabildo.',
      en: 'The padrón is the list of residents of your municipality. Your town hall registers you, not the Cabildo.',
    },
    keywords: {
      es: ['empadronamiento', 'empadronarme', 'empadronarse', 'padrón', 'padrón municipal', 'alta en el padrón',
        'cambio de domicilio en el padrón', 'empadronar'],
      en: ['padron', 'register my address', 'register address', 'town hall registration', 'proof of address', 'municipal register'],
    },
    by: BY.ayuntamiento,
    url: PAG,
    label: { es: 'Buscar la web de tu ayuntamiento', en: 'Find your town hall\'s website' },
    steps: {
      es: ['Busca en la web de tu ayuntamiento cómo pedir cita o hacerlo por internet.', 'Lleva tu documento de identidad y un papel que demuestre dónde vives (contrato de alquiler o escritura).'],
      en: ['Look up on your town hall\'s website how to book or do it online.', 'Bring your identity document and proof of where you live (rental contract or deeds).'],
    },
    confirm: 'A link to each town hall\'s padrón page instead of the general state portal; the usual documents.',
  }),
  referral({
    id: 'padron-certificado',
    title: { es: 'Certificado o volante de empadronamiento', en: 'Certificate of registration (padrón)' },
    summary: {
      es: 'El papel que dice dónde estás empadronado lo da tu ayuntamiento, a menudo por internet al momento.',
      en: 'The paper that says where you are registered comes from your town hall, often online straight away.',
    },
    keywords: {
      es: ['certificado de empadronamiento', 'volante de empadronamiento', 'certificado de padrón', 'volante de padrón',
        'certificado de residencia', 'empadronamiento colectivo'],
      en: ['padron certificate', 'certificate of registration', 'proof of residence', 'residence certificate'],
    },
    by: BY.ayuntamiento,
    url: PAG,
    label: { es: 'Buscar la web de tu ayuntamiento', en: 'Find your town hall\'s website' },
    steps: {
      es: ['Entra en la sede electrónica de tu ayuntamiento, con Cl@ve o certificado, o pide cita.', 'Descárgalo o recógelo en el ayuntamiento.'],
      en: ['Go to your town hall\'s electronic office, with Cl@ve or a certificate, or book an appointment.', 'Download it or collect it at the town hall.'],
    },
    confirm: 'A link to each town hall\'s padrón certificate page instead of the general state portal.',
  }),
  referral({
    id: 'tarjeta-sanitaria',
    title: { es: 'Tarjeta sanitaria', en: 'Health card (tarjeta sanitaria)' },
    summary: {
      es: 'La tarjeta sanitaria la da el Servicio Canario de la Salud: se pide en tu centro de salud.',
      en: 'The health card is issued by the Canary Health Service: you apply at your health centre.',
    },
    keywords: {
      es: ['tarjeta sanitaria', 'tarjeta de la seguridad social', 'tarjeta del médico', 'renovar tarjeta sanitaria',
        'médico de cabecera', 'asignar médico', 'centro de salud'],
      en: ['health card', 'medical card', 'health insurance card', 'GP registration', 'family doctor'],
    },
    by: BY.scs,
    url: SCS,
    label: { es: 'Ir al Servicio Canario de la Salud', en: 'Go to the Canary Health Service' },
    steps: {
      es: ['Ve a tu centro de salud con tu documento de identidad y el certificado de empadronamiento.', 'Te dan la tarjeta o te dicen cuándo llega.'],
      en: ['Go to your health centre with your identity document and padrón certificate.', 'They give you the card or tell you when it will arrive.'],
    },
  }),
  referral({
    id: 'cita-medica',
    title: { es: 'Cita con el médico', en: 'Doctor\'s appointment' },
    summary: {
      es: 'La cita con tu médico de familia la da el Servicio Canario de la Salud, por internet, por teléfono o en tu centro de salud.',
      en: 'Appointments with your family doctor are made with the Canary Health Service, online, by phone or at your health centre.',
    },
    keywords: {
      es: ['cita médica', 'cita con el médico', 'cita médico', 'cita del centro de salud', 'pedir cita al médico', 'enfermera'],
      en: ['doctor appointment', 'GP appointment', 'see a doctor', 'medical appointment', 'nurse'],
    },
    by: BY.scs,
    url: SCS,
    label: { es: 'Pedir cita en el Servicio Canario de la Salud', en: 'Book with the Canary Health Service' },
    steps: {
      es: ['Pide la cita en la web del Servicio Canario de la Salud, por teléfono o en tu centro de salud.', 'Ten a mano tu tarjeta sanitaria.'],
      en: ['Book on the Canary Health Service website, by phone or at your health centre.', 'Have your health card to hand.'],
    },
    channels: ['web', 'telefono', 'presencial'],
  }),
  referral({
    id: 'prestacion-desempleo',
    title: { es: 'Paro: prestación por desempleo', en: 'Unemployment benefit' },
    summary: {
      es: 'El paro (la prestación por desempleo) lo pide y lo paga el SEPE.',
      en: 'Unemployment benefit is applied for and paid by SEPE.',
    },
    keywords: {
      es: ['paro', 'cobrar el paro', 'prestación por desempleo', 'subsidio por desempleo', 'pedir el paro', 'desempleo'],
      en: ['unemployment benefit', 'dole', 'jobseeker allowance', 'unemployment'],
    },
    by: BY.sepe,
    url: SEPE,
    label: { es: 'Ir a la sede del SEPE', en: 'Go to SEPE\'s electronic office' },
    steps: {
      es: ['Pídelo en la sede del SEPE, con Cl@ve o certificado, o pide cita en una oficina de empleo.', 'Antes, inscríbete como demandante de empleo.'],
      en: ['Apply at SEPE\'s electronic office, with Cl@ve or a certificate, or book at an employment office.', 'First, register as a jobseeker.'],
    },
  }),
  referral({
    id: 'demanda-empleo',
    title: { es: 'Apuntarte como demandante de empleo', en: 'Register as a jobseeker' },
    summary: {
      es: 'La inscripción como demandante de empleo, la orientación y las ofertas son del Servicio Canario de Empleo.',
      en: 'Registering as a jobseeker, careers advice and job offers are with the Canary Employment Service.',
    },
    keywords: {
      es: ['demanda de empleo', 'demandante de empleo', 'apuntarme al paro', 'inscribirme en el paro', 'buscar trabajo',
        'renovar la demanda', 'sellar el paro', 'oficina de empleo', 'orientación laboral'],
      en: ['jobseeker', 'job seeker', 'find a job', 'look for work', 'job centre', 'employment office'],
    },
    by: BY.sce,
    url: SCE,
    label: { es: 'Ir al Servicio Canario de Empleo', en: 'Go to the Canary Employment Service' },
    steps: {
      es: ['Inscríbete por internet o pide cita en tu oficina de empleo.', 'Renueva la demanda en las fechas que te indiquen.'],
      en: ['Register online or book at your employment office.', 'Renew your registration on the dates they give you.'],
    },
  }),
  referral({
    id: 'cursos-empleo',
    title: { es: 'Cursos de formación para el empleo', en: 'Job training courses' },
    summary: {
      es: 'Los cursos gratuitos para encontrar trabajo los organiza el Servicio Canario de Empleo.',
      en: 'Free training courses for finding work are run by the Canary Employment Service.',
    },
    keywords: {
      es: ['cursos para desempleados', 'formación para el empleo', 'cursos del paro', 'cursos gratis'],
      en: ['job training', 'training for the unemployed', 'free courses'],
    },
    by: BY.sce,
    url: SCE,
    label: { es: 'Ver los cursos del Servicio Canario de Empleo', en: 'See the Canary Employment Service\'s courses' },
    steps: {
      es: ['Consulta la oferta de cursos en la web del Servicio Canario de Empleo.', 'Inscríbete en el que te interese.'],
      en: ['Look at the courses on the Canary Employment Service website.', 'Sign up for the one you want.'],
    },
  }),
  referral({
    id: 'vida-laboral',
    title: { es: 'Informe de vida laboral', en: 'Work history report (vida laboral)' },
    summary: {
      es: 'La vida laboral la da la Seguridad Social, al momento por internet (Import@ss) o por SMS.',
      en: 'Your work history report comes from Social Security, straight away online (Import@ss) or by text message.',
    },
    keywords: {
      es: ['vida laboral', 'informe de vida laboral', 'certificado de vida laboral', 'días cotizados', 'cotizaciones'],
      en: ['work history', 'employment history', 'contributions record', 'vida laboral'],
    },
    by: BY.tgss,
    url: SEG_SOCIAL,
    label: { es: 'Ir a la Seguridad Social', en: 'Go to Social Security' },
    steps: {
      es: ['Entra en Import@ss, en la web de la Seguridad Social, con Cl@ve, certificado o un SMS a tu móvil.', 'Descarga el informe en PDF.'],
      en: ['Go to Import@ss on the Social Security website, with Cl@ve, a certificate or a text message to your phone.', 'Download the report as a PDF.'],
    },
    channels: ['web'],
    confirm: 'The Import@ss page to link instead of the Social Security home page.',
  }),
  referral({
    id: 'numero-seguridad-social',
    title: { es: 'Número de la Seguridad Social', en: 'Social Security number' },
    summary: {
      es: 'El número de afiliación a la Seguridad Social lo da la Tesorería General de la Seguridad Social.',
      en: 'Your Social Security number is issued by the General Treasury of Social Security.',
    },
    keywords: {
      es: ['número de la seguridad social', 'número de afiliación', 'afiliarme a la seguridad social', 'naf'],
      en: ['social security number', 'affiliation number', 'NAF'],
    },
    by: BY.tgss,
    url: SEG_SOCIAL,
    label: { es: 'Ir a la Seguridad Social', en: 'Go to Social Security' },
    steps: {
      es: ['Pídelo en Import@ss o pide cita en una oficina de la Tesorería.', 'Lleva tu documento de identidad.'],
      en: ['Apply in Import@ss or book at a Treasury office.', 'Bring your identity document.'],
    },
  }),
  referral({
    id: 'pension-jubilacion',
    title: { es: 'Pensión de jubilación', en: 'Retirement pension' },
    summary: {
      es: 'La pensión de jubilación la pide y la paga el Instituto Nacional de la Seguridad Social.',
      en: 'Retirement pensions are applied for and paid by the National Social Security Institute.',
    },
    keywords: {
      es: ['pensión', 'jubilación', 'jubilarme', 'pensión de jubilación', 'pensión de viudedad', 'incapacidad'],
      en: ['pension', 'retirement', 'retire', 'widow pension', 'state pension'],
    },
    by: BY.inss,
    url: SEG_SOCIAL,
    label: { es: 'Ir a la Seguridad Social', en: 'Go to Social Security' },
    steps: {
      es: ['Pídela en la sede de la Seguridad Social o pide cita en un centro del INSS.', 'Te dirán qué documentos llevar.'],
      en: ['Apply at the Social Security electronic office or book at an INSS centre.', 'They tell you which documents to bring.'],
    },
  }),
  referral({
    id: 'declaracion-renta',
    title: { es: 'Declaración de la renta', en: 'Income tax return' },
    summary: {
      es: 'La declaración de la renta se hace con la Agencia Tributaria, por internet, por teléfono o con cita.',
      en: 'The income tax return is done with the Tax Agency, online, by phone or with an appointment.',
    },
    keywords: {
      es: ['renta', 'declaración de la renta', 'hacer la renta', 'borrador de la renta', 'irpf', 'hacienda', 'devolución de hacienda'],
      en: ['tax return', 'income tax', 'file taxes', 'tax refund', 'tax office'],
    },
    by: BY.aeat,
    url: AEAT,
    label: { es: 'Ir a la Agencia Tributaria', en: 'Go to the Tax Agency' },
    steps: {
      es: ['Entra en Renta WEB con Cl@ve, certificado o número de referencia, o pide cita para que te la hagan.', 'Revisa el borrador y preséntalo.'],
      en: ['Go to Renta WEB with Cl@ve, a certificate or a reference number, or book to have it done.', 'Check the draft and file it.'],
    },
    channels: ['web', 'telefono', 'presencial'],
  }),
  referral({
    id: 'certificado-tributario',
    title: { es: 'Certificados de Hacienda', en: 'Tax certificates' },
    summary: {
      es: 'Los certificados tributarios (de estar al corriente, de IRPF, de residencia fiscal) los da la Agencia Tributaria.',
      en: 'Tax certificates (tax compliance, income tax, tax residence) are issued by the Tax Agency.',
    },
    keywords: {
      es: ['certificado de hacienda', 'certificado tributario', 'estar al corriente', 'certificado de irpf', 'residencia fiscal'],
      en: ['tax certificate', 'tax compliance certificate', 'tax residence certificate'],
    },
    by: BY.aeat,
    url: AEAT,
    label: { es: 'Ir a la Agencia Tributaria', en: 'Go to the Tax Agency' },
    steps: {
      es: ['Pídelo en la sede de la Agencia Tributaria con Cl@ve o certificado.', 'Descárgalo cuando esté listo.'],
      en: ['Request it at the Tax Agency\'s electronic office with Cl@ve or a certificate.', 'Download it when it is ready.'],
    },
  }),
  referral({
    id: 'permiso-conducir',
    title: { es: 'Carnet de conducir', en: 'Driving licence' },
    summary: {
      es: 'El carnet de conducir (renovarlo, un duplicado o canjearlo) lo tramita la DGT.',
      en: 'Driving licences (renewal, duplicate or exchange) are handled by the DGT.',
    },
    keywords: {
      es: ['carnet de conducir', 'permiso de conducir', 'renovar carnet de conducir', 'renovar el carnet', 'canjear carnet', 'duplicado del carnet', 'puntos del carnet'],
      en: ['driving licence', 'driver\'s license', 'renew driving licence', 'exchange licence', 'licence points'],
    },
    by: BY.dgt,
    url: DGT,
    label: { es: 'Ir a la DGT', en: 'Go to the DGT' },
    steps: {
      es: ['Para renovarlo, pasa el reconocimiento en un centro médico autorizado; suelen tramitarlo ellos.', 'Para otros trámites, pide cita en la Jefatura de Tráfico o hazlo en la sede de la DGT.'],
      en: ['To renew it, pass the medical check at an authorised centre; they usually file it for you.', 'For anything else, book at the traffic office or use the DGT\'s electronic office.'],
    },
    confirm: 'The DGT electronic office address (sede.dgt.gob.es was not confirmed) and the renewal steps.',
  }),
  referral({
    id: 'multas-trafico',
    title: { es: 'Multas de tráfico', en: 'Traffic fines' },
    summary: {
      es: 'Las multas de la DGT se consultan, se pagan y se recurren en la DGT. Las de la policía local, en el ayuntamiento.',
      en: 'DGT fines are checked, paid and appealed with the DGT. Local police fines, at the town hall.',
    },
    keywords: {
      es: ['multa', 'multa de tráfico', 'pagar una multa', 'recurrir una multa', 'sanción de tráfico', 'identificar conductor'],
      en: ['traffic fine', 'speeding ticket', 'pay a fine', 'appeal a fine'],
    },
    by: BY.dgt,
    url: DGT,
    label: { es: 'Ir a la DGT', en: 'Go to the DGT' },
    steps: {
      es: ['Consulta y paga la multa en la web de la DGT.', 'Para recurrirla, presenta el escrito en la DGT; también podemos registrarlo en la oficina.'],
      en: ['Check and pay the fine on the DGT website.', 'To appeal, send your letter to the DGT; we can also register it at the office.'],
    },
  }),
  referral({
    id: 'cambio-titularidad-vehiculo',
    title: { es: 'Cambio de titular de un vehículo', en: 'Change of vehicle owner' },
    summary: {
      es: 'El cambio de titular de un coche o una moto, las bajas y los duplicados de vehículos los tramita la DGT.',
      en: 'Changing the owner of a car or motorbike, deregistering and duplicate papers are handled by the DGT.',
    },
    keywords: {
      es: ['cambio de titularidad', 'cambio de titular', 'vender el coche', 'transferencia de vehículo', 'baja del coche', 'coche', 'moto'],
      en: ['vehicle transfer', 'change of ownership', 'sell my car', 'car', 'scrap a car'],
    },
    by: BY.dgt,
    url: DGT,
    label: { es: 'Ir a la DGT', en: 'Go to the DGT' },
    steps: {
      es: ['Hazlo en la sede de la DGT o pide cita en la Jefatura de Tráfico.', 'Lleva el contrato de compraventa y la documentación del vehículo.'],
      en: ['Do it at the DGT\'s electronic office or book at the traffic office.', 'Bring the sale contract and the vehicle papers.'],
    },
  }),
  referral({
    id: 'antecedentes-penales',
    title: { es: 'Certificado de antecedentes penales', en: 'Criminal record certificate' },
    summary: {
      es: 'El certificado de antecedentes penales lo da el Ministerio de Justicia, por internet o en persona.',
      en: 'Criminal record certificates are issued by the Ministry of Justice, online or in person.',
    },
    keywords: {
      es: ['antecedentes penales', 'certificado de penales', 'penales', 'delitos sexuales', 'certificado de delitos sexuales'],
      en: ['criminal record', 'police check', 'criminal record certificate', 'background check'],
    },
    by: BY.justicia,
    url: SEDE_JUSTICIA,
    label: { es: 'Pedirlo en la sede de Justicia', en: 'Request it from the Ministry of Justice' },
    steps: {
      es: ['Pídelo en la sede del Ministerio de Justicia con Cl@ve o certificado.', 'O pide cita en la Gerencia Territorial de Justicia.'],
      en: ['Request it at the Ministry of Justice\'s electronic office with Cl@ve or a certificate.', 'Or book at the regional Justice office.'],
    },
  }),
  referral({
    id: 'registro-civil',
    title: { es: 'Registro Civil: nacimiento, matrimonio, defunción', en: 'Civil Registry: birth, marriage, death' },
    summary: {
      es: 'Las partidas y certificados de nacimiento, matrimonio y defunción los da el Registro Civil.',
      en: 'Birth, marriage and death certificates are issued by the Civil Registry.',
    },
    keywords: {
      es: ['registro civil', 'partida de nacimiento', 'certificado de nacimiento', 'certificado de matrimonio', 'certificado de defunción',
        'libro de familia', 'casarme', 'inscribir un bebé'],
      en: ['birth certificate', 'marriage certificate', 'death certificate', 'civil registry', 'register a birth', 'get married'],
    },
    by: BY.registroCivil,
    url: JUSTICIA,
    label: { es: 'Ir al Ministerio de Justicia', en: 'Go to the Ministry of Justice' },
    steps: {
      es: ['Pide el certificado por internet en la web del Ministerio de Justicia.', 'Para inscribir o casarte, pide cita en el Registro Civil.'],
      en: ['Request the certificate online on the Ministry of Justice website.', 'To register a birth or get married, book at the Civil Registry.'],
    },
  }),
  referral({
    id: 'nacionalidad',
    title: { es: 'Nacionalidad española', en: 'Spanish nationality' },
    summary: {
      es: 'La nacionalidad española por residencia la concede el Ministerio de Justicia, no Extranjería.',
      en: 'Spanish nationality by residence is granted by the Ministry of Justice, not the immigration office.',
    },
    keywords: {
      es: ['nacionalidad', 'nacionalidad española', 'nacionalidad por residencia', 'examen dele', 'examen ccse', 'jura de nacionalidad'],
      en: ['spanish nationality', 'spanish citizenship', 'citizenship', 'naturalisation'],
    },
    by: BY.justicia,
    url: SEDE_JUSTICIA,
    label: { es: 'Ir a la sede de Justicia', en: 'Go to the Ministry of Justice' },
    steps: {
      es: ['Prepara los documentos y los exámenes que pide el Ministerio.', 'Presenta la solicitud en la sede del Ministerio de Justicia, o regístrala en la oficina.'],
      en: ['Prepare the documents and exams the Ministry requires.', 'Submit the application at the Ministry of Justice\'s electronic office, or file it at our office.'],
    },
  }),
  referral({
    id: 'ayuda-alquiler',
    title: { es: 'Ayudas al alquiler', en: 'Rent aid' },
    summary: {
      es: 'Las ayudas al alquiler de vivienda las convoca el Instituto Canario de la Vivienda.',
      en: 'Help with paying rent is offered by the Canary Housing Institute.',
    },
    keywords: {
      es: ['ayudas al alquiler', 'ayuda alquiler', 'bono alquiler joven', 'pagar el alquiler', 'subvención alquiler'],
      en: ['rent aid', 'rent help', 'help with rent', 'housing benefit', 'rent subsidy'],
    },
    by: BY.vivienda,
    url: VIVIENDA,
    label: { es: 'Ir al Instituto Canario de la Vivienda', en: 'Go to the Canary Housing Institute' },
    steps: {
      es: ['Mira en su web si hay una convocatoria abierta y qué pide.', 'Preséntala en la sede del Gobierno de Canarias, o regístrala en la oficina.'],
      en: ['Check on its website whether a call is open and what it asks for.', 'Apply at the Canary Government\'s electronic office, or file it at our office.'],
    },
    confirm: 'The Housing Institute address (gobiernodecanarias.org/vivienda/ was not confirmed) and current calls.',
  }),
  referral({
    id: 'vivienda-protegida',
    title: { es: 'Vivienda protegida', en: 'Social housing' },
    summary: {
      es: 'La vivienda protegida y su registro de demandantes son del Instituto Canario de la Vivienda.',
      en: 'Social housing and its waiting list are run by the Canary Housing Institute.',
    },
    keywords: {
      es: ['vivienda protegida', 'vivienda social', 'vpo', 'registro de demandantes de vivienda', 'piso social'],
      en: ['social housing', 'council house', 'public housing', 'housing list'],
    },
    by: BY.vivienda,
    url: VIVIENDA,
    label: { es: 'Ir al Instituto Canario de la Vivienda', en: 'Go to the Canary Housing Institute' },
    steps: {
      es: ['Inscríbete en el registro de demandantes de vivienda protegida.', 'Te avisan cuando haya viviendas a las que puedas optar.'],
      en: ['Join the register of applicants for social housing.', 'You are told when there are homes you can apply for.'],
    },
    confirm: 'The Housing Institute address (gobiernodecanarias.org/vivienda/ was not confirmed).',
  }),
  referral({
    id: 'sede-gobierno-canarias',
    title: { es: 'Trámites del Gobierno de Canarias', en: 'Canary Government procedures' },
    summary: {
      es: 'Los trámites del Gobierno de Canarias se hacen en su sede electrónica; los que no se hagan por internet, también se pueden registrar aquí.',
      en: 'Canary Government procedures are done at its electronic office; anything not done online can also be filed here.',
    },
    keywords: {
      es: ['gobierno de canarias', 'sede del gobierno de canarias', 'trámites gobierno de canarias', 'comunidad autónoma'],
      en: ['canary government', 'canary islands government', 'regional government'],
    },
    by: BY.canarias,
    url: SEDE_CANARIAS,
    label: { es: 'Ir a la sede del Gobierno de Canarias', en: 'Go to the Canary Government\'s electronic office' },
    steps: {
      es: ['Busca el trámite en la sede del Gobierno de Canarias.', 'Hazlo con Cl@ve o certificado, o tráenos los papeles y lo registramos.'],
      en: ['Find the procedure at the Canary Government\'s electronic office.', 'Do it with Cl@ve or a certificate, or bring us the papers and we file them.'],
    },
    channels: ['web'],
  }),
  referral({
    id: 'sede-cabildo',
    title: { es: 'Sede electrónica del Cabildo', en: 'The Cabildo\'s electronic office' },
    summary: {
      es: 'Los demás trámites del Cabildo de Lanzarote (subvenciones, licencias, becas) se hacen en su sede electrónica.',
      en: 'Other Cabildo de Lanzarote procedures (grants, licences, scholarships) are done at its electronic office.',
    },
    keywords: {
      es: ['sede electrónica', 'sede del cabildo', 'trámites del cabildo', 'subvenciones del cabildo', 'becas del cabildo', 'licencias del cabildo'],
      en: ['electronic office', 'cabildo online', 'cabildo grants', 'cabildo procedures'],
    },
    by: BY.cabildo,
    url: SEDE_CABILDO,
    label: { es: 'Ir a la sede del Cabildo', en: 'Go to the Cabildo\'s electronic office' },
    steps: {
      es: ['Busca el trámite en la sede del Cabildo.', 'Hazlo con Cl@ve o certificado, o ven a la oficina y te ayudamos.'],
      en: ['Find the procedure at the Cabildo\'s electronic office.', 'Do it with Cl@ve or a certificate, or come to the office and we help you.'],
    },
    help: {
      es: 'Si no puedes hacerlo por internet, en la oficina te ayudamos y registramos tu solicitud: te damos un justificante con la fecha.',
      en: 'If you cannot do it online, we help you at the office and register your application: you get a receipt with the date.',
    },
  }),
];

/** The catalogue the finder shows when it has no `src`: the office's procedures, then the referrals. */
export const BUILT_IN_CATALOGUE: Catalogue = { version: 1, categories: CATEGORIES, tramites: [...TRAMITES, ...REFERRALS] };
