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

  document.addEventListener("DOMContentLoaded", function () {
    initGuardianConsent(document);
  });
})();
