// Checks run inside a page (passed to page.evaluate): they walk open shadow roots, as a screen reader and axe do.

/** Every ARIA id reference (and <label for>) must resolve inside the root that holds the element. */
export function findBrokenIdReferences() {
  const attributes = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-activedescendant',
    'aria-errormessage', 'aria-details', 'for', 'list'];
  const broken = [];
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      for (const attribute of attributes) {
        const value = el.getAttribute(attribute);
        if (!value || (attribute === 'for' && el.localName !== 'label') || (attribute === 'list' && el.localName !== 'input')) continue;
        for (const id of value.split(/\s+/).filter(Boolean)) {
          if (!root.getElementById?.(id) && !root.querySelector(`#${CSS.escape(id)}`)) {
            broken.push(`<${el.localName} ${attribute}="${id}">`);
          }
        }
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  return broken;
}

/** Interactive targets smaller than 24×24 CSS px (WCAG 2.5.8), except inline links inside text. */
export function findSmallTargets() {
  const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=link], [role=radio], [role=checkbox], [role=option], [role=tab]';
  const small = [];
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.matches(selector)) {
        const style = getComputedStyle(el);
        const rect = el.getBoundingClientRect();
        const visible = rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden' && el.closest('[hidden]') === null;
        const inlineInText = style.display === 'inline' && el.localName === 'a';
        // Native radios and checkboxes count with their label when the label is a target too.
        const labelled = ['radio', 'checkbox'].includes(el.type) && el.closest('label');
        const labelRect = labelled ? el.closest('label').getBoundingClientRect() : null;
        const size = labelRect ?? rect;
        if (visible && !inlineInText && (size.width < 23.5 || size.height < 23.5)) {
          small.push(`<${el.localName}${el.id ? `#${el.id}` : ''} class="${el.className}"> ${Math.round(size.width)}×${Math.round(size.height)}`);
        }
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  return small;
}

/** Animations still running (with reduced motion requested there must be none). */
export function findRunningAnimations() {
  return document
    .getAnimations()
    .filter((a) => a.playState === 'running')
    .map((a) => `${a.animationName ?? a.constructor.name} on <${a.effect?.target?.localName ?? '?'}>`);
}

/** True when the page scrolls sideways. */
export function hasHorizontalScroll() {
  return document.documentElement.scrollWidth > window.innerWidth + 1;
}
