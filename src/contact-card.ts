import { ContactCard } from './components/contact-card/contact-card.component.js';

export * from './components/contact-card/contact-card.component.js';

ContactCard.define('cabildo-contact-card');

declare global {
  interface HTMLElementTagNameMap {
    'cabildo-contact-card': ContactCard;
  }
}
