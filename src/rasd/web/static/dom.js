// rasd pages: one DOM helper shared by the page scripts. Text goes in through
// textContent only, never as markup.
"use strict";
window.rasdDom = {
  html: function (tag, text, parent, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    if (parent) parent.appendChild(e);
    return e;
  }
};
