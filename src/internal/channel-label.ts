import { msg } from '@lit/localize';
import type { Channel } from '../core/channel.js';

/**
 * The one set of channel labels, said the same way in every widget: the card's rows, the finder's filter and tags,
 * the survey's answers and the staff results.
 */
export function channelLabel(channel: Channel | 'otro'): string {
  switch (channel) {
    case 'presencial':
      return msg('En persona', { desc: 'Contact channel label: at the office' });
    case 'telefono':
      return msg('Teléfono', { desc: 'Contact channel label' });
    case 'whatsapp':
      return msg('WhatsApp', { desc: 'Contact channel label (brand name)' });
    case 'email':
      return msg('Correo electrónico', { desc: 'Contact channel label' });
    case 'web':
      return msg('Web', { desc: 'Contact channel label: the website' });
    case 'otro':
      return msg('Otro', { desc: 'Survey answer: another contact channel' });
  }
}
