// Loaded before the page is drawn (and tiny): says that scripts run, so that on a phone the parts
// app.js folds behind a button are hidden from the first paint instead of jumping away after it.
document.documentElement.classList.add("js");
