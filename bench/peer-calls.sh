#!/usr/bin/env bash
# Benchmark 4 — calls to other services per operation: how many HTTP requests evaluation-service sends to
# indicator-service and agency-service (and agency-service, on its behalf, to indicator-service) while it compiles a
# mid-term report and while it answers a report GET, plus the other main operations for comparison. Counted from the
# peers' access logs (QUARKUS_HTTP_ACCESS_LOG_ENABLED=true) and, where the service exposes Prometheus metrics at
# /q/metrics, cross-checked with evaluation-service's own http_client_requests counters.
# Writes bench/reports/peer-calls.md.
source "$(dirname "$0")/lib/common.sh"

YEARS=2021-2023
REF_YEAR=2023
EVAL=MIDTERM-$REF_YEAR
REPORT="$REPORTS/peer-calls.md"
ACCESS_LOG_ENV=(QUARKUS_HTTP_ACCESS_LOG_ENABLED=true QUARKUS_HTTP_RECORD_REQUEST_START_TIME=true "QUARKUS_HTTP_ACCESS_LOG_PATTERN=%h %t \"%r\" %s %b %D")

begin_run "$WORK/peers"
log "peer-calls: fresh scratch databases, starting the services with access logs"
fresh_dbs
start_all "${ACCESS_LOG_ENV[@]}"

# client_counts SVC: "uri count" of SVC's outgoing requests (Micrometer http_client_requests), if it serves /q/metrics
declare -A METRICS=()
for s in evaluation agency; do
  METRICS[$s]=false
  curl -fs -o /dev/null "$(url "$s")/q/metrics" && METRICS[$s]=true
done
client_counts() {
  ${METRICS[$1]} || return 0
  curl -fsS "$(url "$1")/q/metrics" | awk '/^http_client_requests_seconds_count/ {
      uri = $0; sub(/.*uri="/, "", uri); sub(/".*/, "", uri); c[uri] += $NF }
    END { for (u in c) printf "%s %d\n", u, c[u] }'
}
# metrics_delta BEFORE AFTER: "uri: n; " for every URI whose count grew
metrics_delta() {
  join -a2 -e0 -o '0,1.2,2.2' <(sort "$1") <(sort "$2") | awk '$3 - $2 > 0 {printf "%s: %d; ", $1, $3 - $2}'
}
metrics_total() { join -a2 -e0 -o '0,1.2,2.2' <(sort "$1") <(sort "$2") | awk '{s += $3 - $2} END {print s + 0}'; }
# access SVC AFTER_LINE: the API requests SVC's access log gained after that line, as "METHOD PATH STATUS MS"
access() { python3 "$BENCH_DIR/lib/access_log.py" "$WORK/$1.log" "$2"; }

declare -a OPS=()
declare -A RESULT=()
# op NAME METHOD URL TOKEN [curl args]: runs one request and counts what the peers saw meanwhile
op() {
  local name=$1 method=$2 u=$3 tok=$4; shift 4
  local li la le r
  li=$(wc -l <"$WORK/indicator.log"); la=$(wc -l <"$WORK/agency.log"); le=$(wc -l <"$WORK/evaluation.log")
  client_counts evaluation >"$D/eval-before"; client_counts agency >"$D/agency-before"
  if [[ -z "$tok" ]]; then
    local start status; start=$(now_ns)
    status=$(curl -sS -o "$WORK/last-response" -w '%{http_code}' -X "$method" "$@" "$u")
    r="$status $(ms_since "$start")"
    [[ $status == 2* ]] || { echo "$name answered $status" >&2; head -c 1000 "$WORK/last-response" >&2; return 1; }
  else
    r=$(http_ms "$method" "$u" "$tok" "$@") || return 1
  fi
  sleep 0.5   # the access log line is written after the response
  client_counts evaluation >"$D/eval-after"; client_counts agency >"$D/agency-after"
  local new_i new_a new_e
  new_i=$(access indicator "$li"); new_a=$(access agency "$la"); new_e=$(access evaluation "$le")
  local eval_to_ind ag_to_ind eval_to_ag ind_ms ag_ms incoming detail non2xx mdelta="" m_eval="-" m_ag="-"
  # evaluation-service always sends asOf to indicator-service; agency-service never does (it reads "as in force today")
  eval_to_ind=$(awk '$2 ~ /[?&]asOf=/' <<<"$new_i" | grep -c . || true)
  ag_to_ind=$(awk '$2 !~ /[?&]asOf=/' <<<"$new_i" | grep -c . || true)
  eval_to_ag=$(grep -c . <<<"$new_a" || true)
  ind_ms=$(awk '$2 ~ /[?&]asOf=/ {s += $4} END {print s + 0}' <<<"$new_i")
  ag_ms=$(awk 'NF {s += $4} END {print s + 0}' <<<"$new_a")
  incoming=$(grep -c . <<<"$new_e" || true)
  local kib
  kib=$( { echo "$new_i"; echo "$new_a"; } | awk 'NF {s += $5} END {printf "%.0f", s / 1024}')
  non2xx=$( { echo "$new_i"; echo "$new_a"; } | awk 'NF && $3 !~ /^2/' | grep -c . || true)
  detail=$( { awk 'NF {print "indicator-service: " $1 " " $2}' <<<"$new_i"; awk 'NF {print "agency-service: " $1 " " $2}' <<<"$new_a"; } \
    | sed "s|/api/v1/plans/$PLAN|…|" | sort | uniq -c | awk '{c=$1; $1=""; printf "%s×%s; ", c, $0}')
  if ${METRICS[evaluation]}; then
    mdelta="evaluation-service: $(metrics_delta "$D/eval-before" "$D/eval-after" | grep . || echo "none; ")"
    m_eval=$(metrics_total "$D/eval-before" "$D/eval-after")
  fi
  if ${METRICS[agency]}; then
    mdelta="$mdelta agency-service: $(metrics_delta "$D/agency-before" "$D/agency-after" | grep . || echo "none")"
    m_ag=$(metrics_total "$D/agency-before" "$D/agency-after")
  fi
  OPS+=("$name")
  RESULT[$name]="${r#* }|$incoming|$eval_to_ind|$eval_to_ag|$ag_to_ind|$ind_ms|$ag_ms|$detail|$mdelta|$m_eval|$m_ag|$non2xx|$kib"
  log "  $name: eval→indicator $eval_to_ind, eval→agency $eval_to_ag, agency→indicator $ag_to_ind (metrics: eval $m_eval, agency $m_ag)"
}

base="$(url evaluation)/api/v1/plans/$PLAN"
# ---- a small, realistic data set: jurisdiction-level values for 2021–2023 through the API
for y in $(seq "${YEARS%-*}" "$(( REF_YEAR - 1 ))"); do open_cycle "$y"; done
op "monitoring cycle POST (open $REF_YEAR)" POST "$base/monitoring-cycles" "$(token statistics)" -H 'Content-Type: application/json' \
  -d "{\"year\":$REF_YEAR,\"opensOn\":\"$(( REF_YEAR + 1 ))-01-01\",\"dueOn\":\"$(( REF_YEAR + 1 ))-03-31\"}"
fetch_catalogue "$D/catalogue.json"
fetch_expected "$REF_YEAR" "$D/expected.json"
: >"$WORK/no-areas.txt"
python3 "$BENCH_DIR/lib/gen_observations.py" --catalogue "$D/catalogue.json" --expected "$D/expected.json" \
  --areas "$WORK/no-areas.txt" --years "$YEARS" --api-dir "$D/csv" --format csv >/dev/null
stat_token=$(token statistics)
first=true
while IFS=$'\t' read -r year agency rows file; do
  rt=$(token reporter "$agency")
  if $first; then
    op "submission POST (CSV, $rows rows)" POST "$base/monitoring-cycles/$year/submissions?agency=$agency" "$rt" -H 'Content-Type: text/csv' --data-binary "@$file"
    code=$(json_field code)
    op "submission submit" POST "$base/monitoring-cycles/$year/submissions/$code/submit" "$rt"
    op "submission accept" POST "$base/monitoring-cycles/$year/submissions/$code/accept" "$stat_token"
    first=false
  else
    http_ms POST "$base/monitoring-cycles/$year/submissions?agency=$agency" "$rt" -H 'Content-Type: text/csv' --data-binary "@$file" >/dev/null
    code=$(json_field code)
    http_ms POST "$base/monitoring-cycles/$year/submissions/$code/submit" "$rt" >/dev/null
    http_ms POST "$base/monitoring-cycles/$year/submissions/$code/accept" "$stat_token" >/dev/null
  fi
done <"$D/csv/index.tsv"

viewer=$(token viewer); evaluator=$(token evaluator); leadership=$(token leadership)
op "progress GET" GET "$base/progress?year=$REF_YEAR" "$viewer"
# 100 progress reads in a row, nothing changing meanwhile: the peer requests they cause, full answers (200) against
# revalidations answered 304 (conditional peer reads), per peer
li=$(wc -l <"$WORK/indicator.log"); la=$(wc -l <"$WORK/agency.log")
for _ in $(seq 100); do http_ms GET "$base/progress?year=$REF_YEAR" "$viewer" >/dev/null; done
sleep 0.5
hundred_reads() { awk 'NF {n++; if ($3 == 304) nm++; else if ($3 == 200) f++} END {printf "%d requests: %d full (200), %d not modified (304)", n, f, nm}'; }
HUNDRED="indicator-service $(access indicator "$li" | hundred_reads); agency-service $(access agency "$la" | hundred_reads)"
log "  100 × progress GET: $HUNDRED"
op "warnings GET" GET "$base/warnings?year=$REF_YEAR" "$viewer"
op "equity-gaps GET" GET "$base/equity-gaps?year=$REF_YEAR" "$viewer"
op "evaluation POST (create)" POST "$base/evaluations" "$evaluator" -H 'Content-Type: application/json' \
  -d "{\"type\":\"MIDTERM\",\"referenceYear\":$REF_YEAR,\"planTextZh\":\"中期评估方案（基准测试）\",\"selfAssessmentDueOn\":\"$(( REF_YEAR + 1 ))-03-31\",\"reportDueOn\":\"$(( REF_YEAR + 1 ))-06-30\"}"
op "approve-plan" POST "$base/evaluations/$EVAL/approve-plan" "$leadership"
op "start-collecting" POST "$base/evaluations/$EVAL/start-collecting" "$evaluator"
op "compile" POST "$base/evaluations/$EVAL/compile" "$evaluator"
op "report GET, JSON (compiled draft)" GET "$base/evaluations/$EVAL/report" "$evaluator"
op "report GET, HTML (compiled draft)" GET "$base/evaluations/$EVAL/report" "$evaluator" -H 'Accept: text/html'
op "report GET, XLSX (compiled draft)" GET "$base/evaluations/$EVAL/report" "$evaluator" -H 'Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
op "report GET, PDF (compiled draft)" GET "$base/evaluations/$EVAL/report" "$evaluator" -H 'Accept: application/pdf' || log "  (PDF not available here)"
op "submit-for-review (seal)" POST "$base/evaluations/$EVAL/submit-for-review" "$evaluator"
op "report GET, JSON (sealed)" GET "$base/evaluations/$EVAL/report" "$evaluator"
op "approve" POST "$base/evaluations/$EVAL/approve" "$leadership"
op "publish" POST "$base/evaluations/$EVAL/publish" "$leadership"
op "report GET, JSON (published, anonymous)" GET "$base/evaluations/$EVAL/report" ""

per_op() { IFS='|' read -r ms incoming ei ea ai ims ams detail mdelta m_eval m_ag non2xx kib <<<"${RESULT[$1]}"; }
# the headline: what one compile and one report rendering cost in peer requests
summary_row() {
  local name=$1 label=$2
  [[ -n "${RESULT[$name]:-}" ]] || return 0
  per_op "$name"
  echo "| $label | $ei | $ea | $ai | **$(( ei + ea + ai ))** | $kib | $ms | $ims + $ams |"
}
{
  echo "# Calls to other services per operation (evaluation-service)"
  echo
  machine_info
  echo
  cat <<MD
## What was measured
The three services on scratch databases, with access logs on in all of them
(\`QUARKUS_HTTP_ACCESS_LOG_ENABLED=true\`, pattern \`%h %t "%r" %s %b %D\`). Data: jurisdiction-level values of every
ANNUAL indicator for $YEARS ($(awk -F'\t' '{s += $3} END {print s}' "$D/csv/index.tsv") rows in $(wc -l <"$D/csv/index.tsv") submissions), submitted and accepted through the API; a
mid-term evaluation ($EVAL) taken through its whole workflow. For each operation: one request to evaluation-service,
then the lines the peers' access logs gained meanwhile (health probes and metrics under \`/q/\` left out; nothing
else calls the peers during the run; 0.5 s is left after the answer for the log line to be written):
- **eval → indicator**: requests to indicator-service with \`asOf=\` (evaluation-service always sends it);
- **eval → agency**: requests to agency-service's \`/api/\` (only evaluation-service calls agency-service here);
- **agency → indicator**: requests to indicator-service without \`asOf\`: agency-service reads the catalogue "as in
  force today" afresh whenever it answers evaluation-service, so these are caused by evaluation-service's calls.
- **cross-check**: the increase of $( ${METRICS[evaluation]} && echo "evaluation-service's" || echo "(no metrics served by evaluation-service)") $( ${METRICS[agency]} && echo "and agency-service's" ) own
  \`http_client_requests_seconds_count\` (Micrometer, \`/q/metrics\`) over the same request. It must equal the
  access-log counts (eval → indicator + eval → agency, and agency → indicator); the table says whether it does.
- **KiB answered by the peers**: the response bytes (\`%b\`) of all those peer requests together.
- **peer ms**: the peers' own processing times (\`%D\`) for evaluation-service's calls, summed, against the
  operation's total time seen by curl: one request each, so only an indication of what the calls cost
  (the speed of compilation is measured in compile-scaling.md).

## Headline: peer requests per mid-term report
| operation | eval → indicator | eval → agency | agency → indicator | total peer requests | KiB answered by the peers | time (ms) | peer ms (indicator + agency) |
|---|---:|---:|---:|---:|---:|---:|---:|
MD
  summary_row "compile" "compile the mid-term report (\`POST …/evaluations/$EVAL/compile\`)"
  summary_row "report GET, JSON (compiled draft)" "render: JSON (compiled draft)"
  summary_row "report GET, HTML (compiled draft)" "render: HTML"
  summary_row "report GET, XLSX (compiled draft)" "render: XLSX"
  summary_row "report GET, PDF (compiled draft)" "render: PDF"
  summary_row "report GET, JSON (sealed)" "render: JSON (sealed for review)"
  summary_row "report GET, JSON (published, anonymous)" "render: JSON (published, anonymous reader)"
  if [[ -n "${RESULT[compile]:-}" ]]; then
    per_op compile
    c_total=$(( ei + ea + ai )); c_ms=$ms; c_peer=$(( ims + ams ))
    renders=0
    for n in "${OPS[@]}"; do
      [[ $n == "report GET"* ]] || continue
      per_op "$n"; renders=$(( renders + ei + ea + ai ))
    done
    per_op compile
    cat <<MD

**Per mid-term report: $c_total peer requests to compile it** ($ei to indicator-service, $ea to agency-service, and
$ai that agency-service sends on to indicator-service to answer them), **$renders to render it** in any format
(JSON, HTML, XLSX, PDF; draft, sealed or published): rendering reads only the snapshot frozen at compile time or the
sealed report. In this run the peers' own processing was $c_peer ms of the compile's $c_ms ms
($(ratio "$c_peer" "$c_ms" 2) of it; one request, on a loaded machine — an indication only).
MD
    if (( ea > 1 )); then
      cat <<MD

**Finding — the responsibilities are fetched $ea times per compile.** \`compile\` asks agency-service for the same
\`indicator-responsibilities?asOf=\` $ea times within one request (once for the early warnings,
\`ProgressService.warnings\`, and once more for the snapshot, \`EvaluationService.takeSnapshot\`), and agency-service
reads the whole catalogue from indicator-service afresh for each of them. Reading the responsibilities once per
compile and passing them on would bring a compile from $c_total to $(( c_total - (ea - 1) * 2 )) peer requests (a service code change; not made here).
The same pattern (one responsibilities request costing two peer requests) applies to \`GET /warnings\` and
\`start-collecting\`, which read them once.
MD
    elif (( ea == 1 )); then
      cat <<MD

**Fixed — the responsibilities are read once per compile.** Before commit 574d9fc, \`compile\` asked
agency-service for the same \`indicator-responsibilities?asOf=\` twice within one request (once for the early
warnings, \`ProgressService.warnings\`, and once more for the snapshot, \`EvaluationService.takeSnapshot\`), and
agency-service read the whole catalogue from indicator-service afresh for each: 5 peer requests per compile (reported
by this benchmark, measured at 89e9367). Commit 574d9fc reads them once and passes them on. Measured now: **$c_total peer
requests per compile** ($ei to indicator-service, $ea to agency-service, $ai from agency-service on to
indicator-service). Each responsibilities request still costs two peer requests (agency-service reads the catalogue
afresh to answer it); the same holds for \`GET /warnings\` and \`start-collecting\`, which read them once.
MD
    fi
  fi
  cat <<MD

## Peer requests per 100 progress reads (\`GET …/progress?year=$REF_YEAR\` 100 times, nothing changing)
$HUNDRED. A full answer carries the whole catalogue or responsibilities; a 304 confirms the one the caller kept
(conditional peer reads, If-None-Match) and carries none.

## Every operation
| operation | HTTP time (ms) | eval → indicator | eval → agency | agency → indicator | total peer requests | non-2xx peer answers | metrics: eval / agency client requests | agrees |
|---|---:|---:|---:|---:|---:|---:|---:|---|
MD
  for name in "${OPS[@]}"; do
    per_op "$name"
    agrees=n/a
    if [[ $m_eval != - ]]; then
      if [[ $m_eval == $(( ei + ea )) && ( $m_ag == - || $m_ag == "$ai" ) ]]; then agrees=yes; else agrees="**no**"; fi
    fi
    echo "| $name | $ms | $ei | $ea | $ai | $(( ei + ea + ai )) | $non2xx | $m_eval / $m_ag | $agrees |"
  done
  echo
  echo "### Requests seen by the peers, per operation"
  echo "| operation | peers' access logs (count × request) | client metrics (URI template: count) |"
  echo "|---|---|---|"
  for name in "${OPS[@]}"; do
    per_op "$name"
    echo "| $name | ${detail:-none} | ${mdelta:-n/a} |"
  done
} >"$REPORT"
log "wrote $REPORT"
