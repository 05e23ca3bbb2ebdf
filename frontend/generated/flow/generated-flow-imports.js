import '@vaadin/login/src/vaadin-login-form.js';
import '@vaadin/select/src/vaadin-select.js';
import 'Frontend/generated/jar-resources/selectConnector.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import 'Frontend/generated/jar-resources/flow-component-renderer.js';
import 'Frontend/generated/jar-resources/flow-component-directive.js';
import 'Frontend/generated/jar-resources/lit-renderer.ts';
import '@vaadin/app-layout/src/vaadin-app-layout.js';
import '@vaadin/side-nav/src/vaadin-side-nav.js';
import '@vaadin/side-nav/src/vaadin-side-nav-item.js';
import '@vaadin/icons/vaadin-iconset.js';
import '@vaadin/icon/src/vaadin-icon.js';
import '@vaadin/scroller/src/vaadin-scroller.js';
import '@vaadin/button/src/vaadin-button.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/app-layout/src/vaadin-drawer-toggle.js';
import '@vaadin/avatar/src/vaadin-avatar.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === 'a4a6eca405c09137c0e3e97b7adf055d80f0c93f28424c5f6d0ebea79485f350') {
    pending.push(import('./chunks/chunk-2cdf1f38bb1a9451261beb84c4a1a143633f1d8b47f5a9d73a3baef0ac29eb14.js'));
  }
  if (key === '27e29ea6a47fd39fc059e55040a3af8069a292cc21e4ef5b59f2f4d282979018') {
    pending.push(import('./chunks/chunk-92223badadad1294f31438338308a3a1e82105c7c7c6ad743c7659439acc0089.js'));
  }
  if (key === '860af0c3a0da4e06ed61bc191ea7fe6afaa880267525002f2a344252d79aeeea') {
    pending.push(import('./chunks/chunk-190c5cf12d897ec48407a474fc1e938f39536803069f67dc562256b856982f68.js'));
  }
  if (key === '11cf3f61834e727aa8ba57855cf1ce202d1bf31564ecd469cd3e37369e592b3c') {
    pending.push(import('./chunks/chunk-92223badadad1294f31438338308a3a1e82105c7c7c6ad743c7659439acc0089.js'));
  }
  if (key === '66d678403541edb136698f6149624bd9dec547c1ba01f91790aef207b250db7d') {
    pending.push(import('./chunks/chunk-a97927b32a975a2d8e1c4236b921d6be6cdf6f8aa38554b70807aac420484491.js'));
  }
  return Promise.all(pending);
}

window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}