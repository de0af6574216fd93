// A copied selection reads as the words do: no control glyphs, one reading per correction, and a
// blank line between paragraphs (the text a rendered copy of the selection gives as innerText).
// Loaded by the page script when a selection starts, well before the copy it serves.
import { isTyping } from './typing';
import { keepWords } from './words';

document.addEventListener('copy', (event) => {
  const selection = getSelection();
  if (!selection?.rangeCount || isTyping(event.target)) return;
  const box = document.createElement('div');
  for (let index = 0; index < selection.rangeCount; index++) box.append(selection.getRangeAt(index).cloneContents());
  if (!keepWords(box)) return;
  box.style.cssText = 'position:fixed;left:-999em';
  document.body.append(box);
  const text = box.innerText.trim();
  box.remove();
  if (text && event.clipboardData) {
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
  }
});
