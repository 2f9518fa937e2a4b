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

/**
 * Interactive targets smaller than 24×24 CSS px that WCAG 2.5.8 does not excuse. Excused: a link inside a sentence
 * (inline, with other text in the same block), and an undersized target spaced so that a 24 px circle centred on it
 * touches no other target and no other undersized target's circle.
 */
export function findSmallTargets() {
  const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=link], [role=radio], [role=checkbox], [role=option], [role=tab]';
  const targets = [];
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.matches(selector)) {
        const style = getComputedStyle(el);
        const rect = el.getBoundingClientRect();
        const visible = rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden' && el.closest('[hidden]') === null;
        // Native radios and checkboxes count with their label when the label is a target too.
        const labelled = ['radio', 'checkbox'].includes(el.type) && el.closest('label');
        const box = labelled ? el.closest('label').getBoundingClientRect() : rect;
        let block = el.parentElement;
        while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
        const inSentence = style.display === 'inline' && el.localName === 'a' && block !== null &&
          block.textContent.replace(/\s+/g, '').length > el.textContent.replace(/\s+/g, '').length;
        if (visible) targets.push({ el, box, small: !inSentence && (box.width < 23.5 || box.height < 23.5) });
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  const centre = (b) => [b.left + b.width / 2, b.top + b.height / 2];
  // Distance from a point to a rectangle (0 inside it).
  const reach = ([x, y], b) => Math.hypot(Math.max(b.left - x, 0, x - b.right), Math.max(b.top - y, 0, y - b.bottom));
  const spaced = (t) =>
    targets.every((o) => o === t || o.el.contains(t.el) || t.el.contains(o.el) ||
      // The circle must not touch another target, and must not meet another undersized target's circle either.
      (reach(centre(t.box), o.box) >= 12 && (!o.small || Math.hypot(...centre(t.box).map((v, i) => v - centre(o.box)[i])) >= 24)));
  return targets
    .filter((t) => t.small && !spaced(t))
    .map(({ el, box }) => `<${el.localName}${el.id ? `#${el.id}` : ''} class="${el.className}"> ${Math.round(box.width)}×${Math.round(box.height)}`);
}

/**
 * What would move with reduced motion requested, in the document and in every open shadow root (document.getAnimations
 * does not see inside shadow roots): animations still running, and elements whose computed style would animate or
 * transition (a CSS animation or a transition longer than 10 ms), which the reduced-motion rules must switch off.
 */
export function findMotion() {
  const found = [];
  const seconds = (list) => Math.max(...list.split(',').map((v) => parseFloat(v) * (v.trim().endsWith('ms') ? 0.001 : 1)));
  const visit = (root) => {
    for (const a of root.getAnimations()) {
      if (a.playState === 'running') found.push(`running ${a.animationName ?? a.transitionProperty ?? a.constructor.name} on <${a.effect?.target?.localName ?? '?'}>`);
    }
    for (const el of root.querySelectorAll('*')) {
      if (root !== document) {
        for (const pseudo of [null, '::before', '::after']) {
          const style = getComputedStyle(el, pseudo);
          const where = `<${el.localName} class="${el.className}">${pseudo ?? ''}`;
          if (style.animationName !== 'none' && seconds(style.animationDuration) > 0.01) found.push(`animation ${style.animationName} on ${where}`);
          if (seconds(style.transitionDuration) > 0.01) found.push(`transition of ${style.transitionProperty} on ${where}`);
        }
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  return found;
}

/** True when the page scrolls sideways. */
export function hasHorizontalScroll() {
  return document.documentElement.scrollWidth > window.innerWidth + 1;
}
