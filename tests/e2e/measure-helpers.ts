import type { Locator } from '@playwright/test';

/** The advance an element's own font gives a text, in its style (without the trimming of adjacent punctuation). */
export const widthIn = (element: Locator, text: string) =>
  element.evaluate((element, text) => {
    const probe = document.createElement('span');
    probe.textContent = text;
    probe.style.cssText = 'display: inline-block; text-spacing-trim: space-all';
    element.append(probe);
    const width = probe.getBoundingClientRect().width;
    probe.remove();
    return width;
  }, text);
