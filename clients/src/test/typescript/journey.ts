// The client journey as a TypeScript integrator would write it, with openapi-fetch and the types openapi-typescript
// generates from the checked-in contracts. It is type-checked only (tsc --strict, clients/check-typescript-clients.sh),
// never run: the Java journey (ClientJourneyTest) is the one that runs against the services.
import createClient, { type Middleware } from "openapi-fetch";
import type { paths as AgencyPaths } from "../../../target/typescript/agency";
import type { components as EvaluationComponents, paths as EvaluationPaths } from "../../../target/typescript/evaluation";
import type { paths as IndicatorPaths } from "../../../target/typescript/indicator";

type Observation = EvaluationComponents["schemas"]["ObservationInput"];

const PLAN = "CN-430482-CHILDREN-2021-2025";

function bearer(token: string): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${token}`);
      return request;
    },
  };
}

export interface JourneyResult {
  indicatorCodes: string[];
  reportedAgencies: string[];
  progressOf: string | undefined;
  pdf: ArrayBuffer | undefined;
}

/** Lists indicators, opens a cycle, submits an observation as a reporter, reads progress, downloads a published report. */
export async function journey(baseUrls: { indicator: string; agency: string; evaluation: string },
                              tokens: { statistics: string; reporter: string; viewer: string }): Promise<JourneyResult> {
  const indicators = createClient<IndicatorPaths>({ baseUrl: baseUrls.indicator });
  const agencies = createClient<AgencyPaths>({ baseUrl: baseUrls.agency });
  agencies.use(bearer(tokens.viewer));
  const statistics = createClient<EvaluationPaths>({ baseUrl: baseUrls.evaluation });
  statistics.use(bearer(tokens.statistics));
  const reporter = createClient<EvaluationPaths>({ baseUrl: baseUrls.evaluation });
  reporter.use(bearer(tokens.reporter));
  const reader = createClient<EvaluationPaths>({ baseUrl: baseUrls.evaluation });

  const listed = await indicators.GET("/api/v1/plans/{planCode}/indicators", {
    params: { path: { planCode: PLAN }, query: { domain: "HEALTH", quantitative: true, size: 100 } },
  });
  if (listed.error) {
    throw new Error(`listing indicators: ${listed.error.detail ?? listed.error.title ?? listed.response.status}`);
  }
  const indicatorCodes = (listed.data.items ?? []).flatMap((i) => (i.code === undefined ? [] : [i.code]));
  const indicator = indicatorCodes[0] ?? "HEALTH-2a";

  const responsible = await agencies.GET("/api/v1/plans/{planCode}/indicators/{indicatorCode}/responsible-agencies", {
    params: { path: { planCode: PLAN, indicatorCode: indicator } },
  });
  const reportedAgencies = (responsible.data?.dataProviders?.agencies ?? [])
    .flatMap((a) => (a.agencyCode === undefined ? [] : [a.agencyCode]));

  const opened = await statistics.POST("/api/v1/plans/{planCode}/monitoring-cycles", {
    params: { path: { planCode: PLAN } },
    body: { year: 2023, opensOn: "2024-01-10", dueOn: "2024-03-31" },
  });
  if (opened.error && opened.response.status !== 409) {
    throw new Error(`opening the 2023 cycle: ${opened.error.detail ?? opened.response.status}`);
  }

  const observation: Observation = { indicatorCode: indicator, year: 2023, value: 91.5, source: "journey" };
  const submitted = await reporter.POST("/api/v1/plans/{planCode}/monitoring-cycles/{year}/submissions", {
    params: { path: { planCode: PLAN, year: 2023 }, header: { "Idempotency-Key": "ts-journey-1" } },
    body: { agencyCode: "health-bureau", observations: [observation] },
  });
  const submission = submitted.data?.code;
  if (submission !== undefined) {
    await reporter.POST("/api/v1/plans/{planCode}/monitoring-cycles/{year}/submissions/{code}/submit", {
      params: { path: { planCode: PLAN, year: 2023, code: submission } },
    });
    await statistics.POST("/api/v1/plans/{planCode}/monitoring-cycles/{year}/submissions/{code}/accept", {
      params: { path: { planCode: PLAN, year: 2023, code: submission } },
    });
  }

  const progress = await statistics.GET("/api/v1/plans/{planCode}/progress", {
    params: { path: { planCode: PLAN }, query: { year: 2023, size: 500 } },
  });
  const progressOf = progress.data?.items?.find((p) => p.indicatorCode === indicator)?.status;

  const published = await reader.GET("/api/v1/published-reports", { params: { query: { size: 1 } } });
  const report = published.data?.items?.[0];
  let pdf: ArrayBuffer | undefined;
  if (report?.planCode !== undefined && report.evaluationCode !== undefined) {
    const downloaded = await reader.GET("/api/v1/plans/{planCode}/evaluations/{code}/report", {
      params: { path: { planCode: report.planCode, code: report.evaluationCode } },
      headers: { Accept: "application/pdf" },
      parseAs: "arrayBuffer",
    });
    pdf = downloaded.data;
  }
  return { indicatorCodes, reportedAgencies, progressOf, pdf };
}
