// The search page: the theme's own form and results over the Pagefind index
// in <site>/pagefind/, one bundle a shard of the articles (see
// plugins/newsdigest/build/shards.py). Pagefind is loaded from the site's
// own path, so that search works at the root of a domain and under a sub-path
// (https://user.github.io/repo/). A query in the address (/recherche/?q=kim)
// is searched at once; each result shows its section, source and date.
(function () {
  "use strict";
  var MAX_RESULTS = 30;

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  // One result, built with text nodes only: an excerpt's <mark> tags are
  // the only markup kept, re-created from the text between them.
  function resultItem(data) {
    var item = element("li", "search-result");
    var meta = element("p", "card-meta");
    ["section", "source", "date"].forEach(function (key) {
      if (data.meta && data.meta[key]) {
        meta.appendChild(element("span", "result-" + key, data.meta[key]));
      }
    });
    item.appendChild(meta);
    var title = element("h2", "card-title");
    var link = element("a", "", (data.meta && data.meta.title) || data.url);
    link.href = data.url;
    title.appendChild(link);
    item.appendChild(title);
    var excerpt = element("p", "card-lede");
    String(data.excerpt || "").split(/(<mark>.*?<\/mark>)/).forEach(function (part) {
      var marked = /^<mark>(.*)<\/mark>$/.exec(part);
      var text = (marked ? marked[1] : part).replace(/<[^>]*>/g, "");
      var holder = document.createElement("textarea");
      holder.innerHTML = text; // decode entities without parsing markup
      excerpt.appendChild(
        marked ? element("mark", "", holder.value) : document.createTextNode(holder.value)
      );
    });
    item.appendChild(excerpt);
    return item;
  }

  window.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector(".search-form");
    var results = document.getElementById("recherche-resultats");
    var status = document.getElementById("recherche-etat");
    if (!form || !results || !status) return;
    var input = form.querySelector("input[type=search]");
    var pagefind = null;
    var counter = 0;

    // The index is in bundles (shards), listed newest first by the build in
    // pagefind/bundles.json: the first is loaded, the others merged into it,
    // so that one search ranks the results of all. No bundle: no module.
    function load() {
      if (!pagefind) {
        var manifest = new URL(form.dataset.searchBundles, window.location.href);
        var base = new URL(form.dataset.siteUrl, window.location.href).pathname;
        pagefind = fetch(manifest.href, { cache: "no-cache" })
          .then(function (response) {
            if (!response.ok) throw new Error("bundles: " + response.status);
            return response.json();
          })
          .then(function (found) {
            var bundles = found.bundles.map(function (name) {
              return new URL(name, manifest).pathname;
            });
            if (!bundles.length) return null;
            return import(bundles[0] + "pagefind.js").then(function (module) {
              return module
                .options({ baseUrl: base })
                .then(function () {
                  return Promise.all(
                    bundles.slice(1).map(function (bundle) {
                      return module.mergeIndex(bundle, { baseUrl: base });
                    })
                  );
                })
                .then(function () {
                  return module;
                });
            });
          });
        pagefind.catch(function () {
          pagefind = null; // tried again at the next search
        });
      }
      return pagefind;
    }

    function search(query) {
      var mine = ++counter;
      results.textContent = "";
      if (!query.trim()) {
        status.textContent = "";
        return;
      }
      status.textContent = "Recherche en cours…";
      load()
        .then(function (module) {
          return module ? module.search(query) : { results: [] };
        })
        .then(function (found) {
          var shown = found.results.slice(0, MAX_RESULTS);
          return Promise.all(shown.map(function (r) { return r.data(); })).then(
            function (pages) {
              if (mine !== counter) return;
              var count = found.results.length;
              status.textContent =
                count === 0
                  ? "Aucun article ne correspond à «\u202f" + query + "\u202f»."
                  : count + (count > 1 ? " articles trouvés" : " article trouvé") +
                    " pour «\u202f" + query + "\u202f».";
              pages.forEach(function (data) {
                results.appendChild(resultItem(data));
              });
            }
          );
        })
        .catch(function () {
          status.textContent = "La recherche n’est pas disponible pour le moment.";
        });
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var url = new URL(window.location.href);
      url.searchParams.set("q", input.value);
      window.history.replaceState(null, "", url);
      search(input.value);
    });
    form.addEventListener("reset", function () {
      var url = new URL(window.location.href);
      url.searchParams.delete("q");
      window.history.replaceState(null, "", url);
      search("");
      input.focus();
    });
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) {
      input.value = query;
      search(query);
    }
  });
})();
