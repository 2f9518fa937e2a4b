// The office page of the demo (oficina.html, behind the staff sign-in): the survey results, and the language switch.
import '../src/survey-results.js';
import { languageSwitch } from './language.js';

languageSwitch({ en: 'Survey results · Citizen Services Office', es: 'Resultados de la encuesta · Oficina de Atención Ciudadana' });
