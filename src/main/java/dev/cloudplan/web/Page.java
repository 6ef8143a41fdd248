package dev.cloudplan.web;

import dev.cloudplan.report.HtmlRenderer;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The what-if page: a form of the spec's drivers and settings beside the HTML report of {@code --format html},
 * and a small inline script that posts each edit and puts the recomputed report in place. Nothing is fetched
 * but the server's own answers, so it works offline.
 */
final class Page {
    private static final String CSS = """
            .app{display:flex;align-items:flex-start}
            #report{flex:1 1 0;min-width:0}
            aside.whatif{flex:0 0 23rem;position:sticky;top:0;max-height:100vh;overflow-y:auto;box-sizing:border-box;padding:.75rem 1rem;
            background:#f4f6f9;border-right:1px solid #bbb;font-size:.9rem}
            aside.whatif h2{margin:.25rem 0 .5rem;border:0}
            fieldset{border:1px solid #bbb;margin:.75rem 0;padding:.25rem .6rem .5rem}legend{font-weight:700;padding:0 .25rem}
            .field{margin:.45rem 0}.field label{display:block;font-weight:600}.unit{font-weight:400;color:#444}
            .field input[type=text]{width:100%;box-sizing:border-box;font:inherit;padding:.2rem .35rem;border:1px solid #767676}
            .field input[readonly]{background:#e9ecf0;color:#222}
            .slider{display:flex;align-items:center;gap:.5rem}.slider input{flex:1;min-width:0}
            .slider output{min-width:3.2em;text-align:right;font-variant-numeric:tabular-nums}
            input:focus-visible,button:focus-visible{outline:3px solid #0b61a4;outline-offset:1px}
            input[aria-invalid=true]{border:2px solid #9b1c1c!important;background:#fdf2f2}
            .error{color:#9b1c1c;font-weight:600;white-space:pre-wrap;margin:.2rem 0;overflow-wrap:anywhere}
            button{font:inherit;padding:.3rem .7rem;margin:.25rem .25rem .25rem 0}
            #status{font-style:italic;margin:.5rem 0;padding:.25rem .4rem;background:#fff;border-left:4px solid #0b61a4}
            @media (max-width:900px){.app{display:block}aside.whatif{position:static;max-height:none;border-right:0;
            border-bottom:1px solid #bbb}}
            @media print{aside.whatif{display:none}.app{display:block}}
            """;

    private static final String SCRIPT = """
            (() => {
              const token = document.body.dataset.token;
              const form = document.getElementById('whatif');
              const saveForm = document.getElementById('save');
              const status = document.getElementById('status');
              const formError = document.getElementById('form-error');
              const texts = {}, steps = {}, boxes = new Map();
              let seq = 0, shown = 0, timer = null;
              const factor = s => Number(Math.pow(10, s / 20).toPrecision(2));
              const post = async (url, body) => {
                const r = await fetch(url, {method: 'POST', body: JSON.stringify(body),
                  headers: {'Content-Type': 'application/json', 'X-Cloudplan-Token': token}});
                let data;
                try {
                  if ((r.headers.get('Content-Type') || '').startsWith('text/html')) {
                    data = JSON.parse(r.headers.get('X-Cloudplan-Values'));
                    data.ok = true;
                    data.report = await r.text();
                  } else {
                    data = await r.json();
                  }
                } catch (e) {
                  data = {ok: false, errors: [{field: null, message: 'the server answered ' + r.status}]};
                }
                return [r.status, data];
              };
              const schedule = delay => { clearTimeout(timer); timer = setTimeout(recompute, delay); };
              const clearErrors = () => {
                for (const b of boxes.values()) { b.error.hidden = true; b.error.textContent = ''; b.input.removeAttribute('aria-invalid'); }
                formError.hidden = true; formError.textContent = '';
              };
              const showErrors = errors => {
                for (const e of errors) {
                  const b = e.field && boxes.get(e.field);
                  const p = b ? b.error : formError;
                  p.textContent = e.message; p.hidden = false;
                  if (b) { b.input.setAttribute('aria-invalid', 'true'); }
                }
              };
              async function recompute() {
                const my = ++seq;
                status.textContent = 'Recomputing\\u2026';
                let res;
                try { res = await post('api/recompute', {texts, steps}); } catch (e) {
                  if (my > shown) { status.textContent = 'The server did not answer; the report shows the last values it priced.'; }
                  return;
                }
                if (my < shown) { return; }
                shown = my;
                const [, data] = res;
                clearErrors();
                if (data.ok) {
                  document.getElementById('report').innerHTML = data.report;
                  for (const [id, v] of Object.entries(data.values || {})) {
                    const b = boxes.get(id);
                    if (b && id in steps) { b.input.value = v; }
                  }
                  const n = Object.keys(texts).length + Object.keys(steps).length;
                  status.textContent = (n ? 'Recomputed with ' + n + ' edit' + (n > 1 ? 's' : '') : 'The spec\\'s own values')
                    + ' (' + data.millis + ' ms on the server).';
                } else {
                  showErrors(data.errors || []);
                  status.textContent = 'Not recomputed: a value is not valid (see its message). The report shows the last valid values.';
                }
              }
              for (const box of form.querySelectorAll('.field')) {
                const id = box.dataset.id;
                const b = {input: box.querySelector('input[type=text]'), range: box.querySelector('input[type=range]'),
                  out: box.querySelector('output'), error: box.querySelector('p.error')};
                boxes.set(id, b);
                const label = s => {
                  const t = '\\u00d7' + factor(s);
                  b.out.textContent = t;
                  b.range.setAttribute('aria-valuetext', t + ' the spec\\'s value');
                };
                b.reset = () => { b.input.value = b.input.dataset.original; if (b.range) { b.range.value = 0; label(0); } };
                if (!b.input.readOnly) {
                  b.input.addEventListener('input', () => {
                    delete steps[id];
                    if (b.input.value === b.input.dataset.original) { delete texts[id]; } else { texts[id] = b.input.value; }
                    if (b.range) { b.range.value = 0; label(0); }
                    schedule(400);
                  });
                  b.input.addEventListener('change', () => schedule(0));
                }
                if (b.range) {
                  b.range.addEventListener('input', () => {
                    const s = Number(b.range.value);
                    delete texts[id];
                    if (s === 0) { delete steps[id]; b.input.value = b.input.dataset.original; } else { steps[id] = s; }
                    label(s);
                    schedule(40);
                  });
                }
              }
              form.addEventListener('submit', ev => { ev.preventDefault(); schedule(0); });
              document.getElementById('reset').addEventListener('click', () => {
                for (const k of Object.keys(texts)) { delete texts[k]; }
                for (const k of Object.keys(steps)) { delete steps[k]; }
                for (const b of boxes.values()) { b.reset(); }
                schedule(0);
              });
              const saveStatus = document.getElementById('save-status');
              async function save(overwrite) {
                const path = document.getElementById('save-path').value;
                let res;
                try { res = await post('api/save', {texts, steps, path, overwrite}); } catch (e) {
                  saveStatus.textContent = 'Not saved: the server did not answer.'; return;
                }
                const [code, data] = res;
                if (code === 409 && data.exists) {
                  if (confirm(data.message)) { return save(true); }
                  saveStatus.textContent = 'Not saved: ' + path + ' was left as it is.'; return;
                }
                saveStatus.textContent = data.ok ? data.message : 'Not saved: ' + (data.errors || []).map(e => e.message).join('\\n');
              }
              saveForm.addEventListener('submit', ev => { ev.preventDefault(); save(false); });
            })();
            """;

    private Page() {}

    static String render(String specName, SpecFields fields, String report, String token) {
        StringBuilder sb = new StringBuilder(report.length() + 32 * 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>What if: ")
                .append(esc(specName)).append(" - cloudplan</title>\n<style>\n").append(HtmlRenderer.css()).append(CSS)
                .append("</style>\n</head>\n<body data-token=\"").append(token).append("\">\n<div class=\"app\">\n")
                .append("<aside class=\"whatif\" aria-labelledby=\"whatif-title\">\n")
                .append("<h2 id=\"whatif-title\">What if</h2>\n<p>Editing <code>").append(esc(specName))
                .append("</code>: every change prices the comparison again. The file is not changed; save the edits as a"
                        + " new spec below. A slider multiplies the spec's own value (x0.1 to x10).</p>\n")
                .append("<p id=\"status\" role=\"status\">The spec's own values.</p>\n")
                .append("<form id=\"whatif\" novalidate>\n<p id=\"form-error\" class=\"error\" role=\"alert\" hidden></p>\n");
        Map<String, List<SpecFields.Field>> sections = new LinkedHashMap<>();
        fields.fields().values().forEach(f -> sections.computeIfAbsent(f.group() == SpecFields.Group.ARCHITECTURE
                ? "Architecture " + f.section() : f.section(), k -> new java.util.ArrayList<>()).add(f));
        int n = 0;
        for (Map.Entry<String, List<SpecFields.Field>> s : sections.entrySet()) {
            sb.append("<fieldset>\n<legend>").append(esc(s.getKey())).append("</legend>\n");
            for (SpecFields.Field f : s.getValue()) {
                field(sb, fields, f, "f" + ++n);
            }
            sb.append("</fieldset>\n");
        }
        sb.append("<button type=\"submit\">Recompute</button><button type=\"button\" id=\"reset\">Back to the spec's")
                .append(" values</button>\n</form>\n")
                .append("<form id=\"save\">\n<fieldset>\n<legend>Save as</legend>\n<div class=\"field\">")
                .append("<label for=\"save-path\">New spec file (YAML)</label>")
                .append("<input type=\"text\" id=\"save-path\" autocomplete=\"off\" spellcheck=\"false\" value=\"")
                .append(esc(suggestedName(specName))).append("\"></div>\n<button type=\"submit\">Save as YAML</button>\n")
                .append("<p id=\"save-status\" role=\"status\"></p>\n<p>Only the edited values change; comments and"
                        + " layout are kept. An existing file is replaced only after you confirm.</p>\n</fieldset>\n</form>\n")
                .append("</aside>\n<main id=\"report\">\n").append(report).append("</main>\n</div>\n<script>\n")
                .append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static void field(StringBuilder sb, SpecFields fields, SpecFields.Field f, String id) {
        String value = fields.shown(f);
        // A horizon is whole months: x1.1 of 12 months is not one.
        boolean slider = f.scalable() || !f.id().equals("horizon") && SpecFields.scale(f.text(), BigDecimal.ONE) != null;
        sb.append("<div class=\"field\" data-id=\"").append(esc(f.id())).append("\">\n<label for=\"").append(id)
                .append("\">").append(esc(f.label()));
        if (f.unit() != null) {
            sb.append(" <span class=\"unit\">(").append(esc(f.unit())).append(")</span>");
        }
        sb.append("</label>\n<input type=\"text\" id=\"").append(id).append("\" name=\"").append(esc(f.id()))
                .append("\" value=\"").append(esc(value)).append("\" data-original=\"").append(esc(value))
                .append("\" autocomplete=\"off\" spellcheck=\"false\" aria-describedby=\"").append(id).append("-e")
                .append(f.scalable() ? " " + id + "-h" : "").append('"').append(f.scalable() ? " readonly" : "")
                .append(">\n");
        if (f.scalable()) {
            sb.append("<span class=\"sr-only\" id=\"").append(id).append("-h\">Month by month or with growth in the spec:"
                    + " change it with the slider.</span>\n");
        }
        if (slider) {
            sb.append("<div class=\"slider\"><input type=\"range\" id=\"").append(id).append("-r\" min=\"")
                    .append(-SpecFields.STEPS).append("\" max=\"").append(SpecFields.STEPS)
                    .append("\" step=\"1\" value=\"0\" aria-label=\"").append(esc(f.label()))
                    .append(": times the spec's value\" aria-valuetext=\"\u00d71 the spec's value\"><output for=\"")
                    .append(id).append("-r\">\u00d71</output></div>\n");
        }
        sb.append("<p class=\"error\" id=\"").append(id).append("-e\" hidden></p>\n</div>\n");
    }

    /** learning-app.yaml becomes learning-app-what-if.yaml, in the same folder. */
    static String suggestedName(String specName) {
        String base = specName.replaceFirst("\\.ya?ml$", "");
        return base + "-what-if.yaml";
    }

    private static String esc(String s) {
        return HtmlRenderer.escape(s);
    }
}
