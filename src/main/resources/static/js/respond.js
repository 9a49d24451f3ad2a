// The respondent's pages: small, and every one of them works without it.
(function () {
  "use strict";

  // A survey's consent page asks for a guardian's consent only of those younger than the age of
  // adulthood: the box shows once the age given is under it (without JavaScript it always shows).
  function initGuardianConsent(root) {
    var box = root.querySelector("fieldset[data-minor-below]");
    var age = root.querySelector("input[name=age]");
    if (!box || !age) { return; }
    var adult = parseInt(box.dataset.minorBelow, 10);
    function update() {
      var years = parseInt(age.value, 10);
      box.hidden = !(years > 0 && years < adult);
    }
    age.addEventListener("input", update);
    update();
  }

  // As a page's answers change, the questions they make relevant appear in place and those no
  // longer asked go: the server's skip logic decides, nothing is stored until "Next". Without this,
  // "Next" asks the newly relevant questions before moving on.
  function initSkipLogic(root) {
    var form = root.querySelector("form[data-shown]");
    if (!form || !window.fetch || !window.DOMParser) { return; }
    var latest = 0;
    form.addEventListener("change", function () {
      var asked = ++latest;
      fetch(form.dataset.shown, { method: "POST", credentials: "same-origin", body: new URLSearchParams(new FormData(form)) })
        .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
        .then(function (html) {
          var shown = new DOMParser().parseFromString(html, "text/html").querySelector("form[data-shown]");
          if (asked === latest && shown) { reconcile(form, shown); }
        })
        .catch(function () { /* "Next" still asks them */ });
    });
  }

  // Keeps what is on the page (and what was typed into it), adds what the server now asks, in its
  // place, and takes away what it no longer asks.
  function reconcile(form, shown) {
    var wanted = Array.from(shown.children).filter(function (el) { return el.id; });
    var ids = wanted.map(function (el) { return el.id; });
    Array.from(form.children).forEach(function (el) {
      if (el.id && ids.indexOf(el.id) < 0) { el.remove(); }
    });
    var previous = form.firstElementChild;
    wanted.forEach(function (el) {
      var current = document.getElementById(el.id);
      if (!current) {
        current = document.importNode(el, true);
        previous.after(current);
      }
      previous = current;
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    initGuardianConsent(document);
    initSkipLogic(document);
  });
})();
