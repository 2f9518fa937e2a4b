import { WhatsappButton } from './components/whatsapp-button/whatsapp-button.component.js';

WhatsappButton.define('cabildo-whatsapp-button');

export * from './components/whatsapp-button/whatsapp-button.component.js';

declare global {
  interface HTMLElementTagNameMap {
    'cabildo-whatsapp-button': WhatsappButton;
  }
}
