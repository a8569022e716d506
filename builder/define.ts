// Registers <iop-embed-builder>.
import {IopEmbedBuilder} from './embed-builder.js';

if (!customElements.get('iop-embed-builder')) {
  customElements.define('iop-embed-builder', IopEmbedBuilder);
}

declare global {
  interface HTMLElementTagNameMap {
    'iop-embed-builder': IopEmbedBuilder;
  }
}
