// The web client's entry: the node serves the same bundle to its full page
// (/) and to the widget's frame (/widget/frame?site=ID); the page's data-mode
// says which. The crypto primitives are chosen before any key is touched.
import { useCryptoPrimitives } from '@natter/peer/core';
import { createWebPrimitives } from '../crypto/web-primitives.js';
import { AppController } from './app-controller.js';
import { nodeUrlOf } from './browser-transport.js';
import { WidgetBridge } from './widget-bridge.js';

useCryptoPrimitives(createWebPrimitives());

const root = document.getElementById('natter');
const { mode, site, parentOrigin } = document.documentElement.dataset;
if (root) {
  const widget = mode === 'widget' && parentOrigin !== undefined;
  if (widget) document.documentElement.classList.add('in-widget');
  const app = new AppController({
    root,
    url: nodeUrlOf(location),
    mode: widget ? 'widget' : 'app',
    bridge: widget ? new WidgetBridge(parentOrigin) : undefined,
    site: widget ? site : undefined,
  });
  void app.boot().catch((err) => {
    root.textContent = `natter could not start: ${(err as Error).message}`;
  });
}
