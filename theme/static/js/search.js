// The search page: Pagefind's UI over the index in <site>/pagefind/.
// Result links are made from the site's own path, so that search works
// at the root of a domain and under a sub-path (https://user.github.io/repo/).
// A query in the address (/recherche/?q=kim) is searched at once.
window.addEventListener("DOMContentLoaded", function () {
  var box = document.getElementById("recherche");
  if (!box || typeof PagefindUI === "undefined") {
    return;
  }
  var baseUrl = new URL(box.dataset.siteUrl, window.location.href).pathname;
  var ui = new PagefindUI({
    element: box,
    baseUrl: baseUrl,
    showImages: false,
    showSubResults: false,
    resetStyles: false,
  });
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    ui.triggerSearch(query);
  }
});
