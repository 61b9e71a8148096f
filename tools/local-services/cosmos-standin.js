// The project's Cosmos DB stand-in: @vercel/cosmosdb-server on a private port, behind a proxy that closes the
// three gaps the .NET SDK (Gateway mode) runs into:
//   1. the SDK asks the gateway for a query plan before every query; the server has none, so the proxy answers
//      with a pass-through plan (the server has a single partition key range and runs the query itself);
//   2. the server ignores the x-ms-documentdb-partitionkey header of queries, so the proxy drops documents of
//      other partitions from the results (aggregates are left alone: filter by the key in WHERE for those);
//   3. reading a missing item answers 500, so the proxy answers 404 as Cosmos DB does.
// Connections are kept alive on both sides, as Cosmos DB's gateway keeps them: the server closes each one
// after its answer unless asked not to, and a new TCP connection per call would be most of a call's cost.
//
// With COSMOS_JOURNAL set (the run command sets it; tests run in memory), every write the server accepted is
// appended to that file and flushed to disk before its answer is sent, and the file is replayed in order at
// start, before the port opens: a stop, or a kill at any moment, keeps every write that was answered as done.
"use strict";

const crypto = require("crypto");
const fs = require("fs");
const http = require("http");
const { createHttpServer } = require("@vercel/cosmosdb-server");

const host = process.env.COSMOS_HOST || "127.0.0.1";
const port = Number(process.env.COSMOS_PORT || 8081);

const passThroughPlan = JSON.stringify({
  partitionedQueryExecutionInfoVersion: 2,
  queryInfo: {
    distinctType: "None",
    top: null,
    offset: null,
    limit: null,
    orderBy: [],
    orderByExpressions: [],
    groupByExpressions: [],
    groupByAliases: [],
    aggregates: [],
    groupByAliasToAggregateType: {},
    rewrittenQuery: "",
    hasSelectValue: false,
    dCountInfo: null,
  },
  queryRanges: [{ min: "", max: "FF", isMinInclusive: true, isMaxInclusive: false }],
});

const partitionKeyPaths = new Map();
const innerAgent = new http.Agent({ keepAlive: true });

// Hop-by-hop headers belong to one connection (RFC 9110, 7.6.1): a proxy does not pass them on.
function withoutHopByHop(headers) {
  const out = { ...headers };
  for (const name of ["connection", "keep-alive", "transfer-encoding"]) {
    delete out[name];
  }
  return out;
}

function isTrue(value) {
  return typeof value === "string" && value.toLowerCase() === "true";
}

function readBody(stream) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    stream.on("data", (chunk) => chunks.push(chunk));
    stream.on("end", () => resolve(Buffer.concat(chunks)));
    stream.on("error", reject);
  });
}

function forward(innerPort, method, path, headers, body) {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port: innerPort, method, path, headers: withoutHopByHop(headers), agent: innerAgent }, (response) => {
      readBody(response).then((data) => resolve({ status: response.statusCode, headers: response.headers, body: data }), reject);
    });
    request.on("error", reject);
    request.end(body);
  });
}

async function partitionKeyPath(innerPort, collectionPath, headers) {
  if (!partitionKeyPaths.has(collectionPath)) {
    const response = await forward(innerPort, "GET", collectionPath, { authorization: headers.authorization || "", "x-ms-date": headers["x-ms-date"] || "" });
    const collection = JSON.parse(response.body.toString("utf8"));
    partitionKeyPaths.set(collectionPath, collection.partitionKey.paths[0].split("/").filter(Boolean));
  }
  return partitionKeyPaths.get(collectionPath);
}

function valueAt(document, segments) {
  return segments.reduce((value, segment) => (value === undefined || value === null ? undefined : value[segment]), document);
}

function send(res, status, headers, body) {
  const out = { ...withoutHopByHop(headers), "content-length": Buffer.byteLength(body) };
  res.writeHead(status, out);
  res.end(body);
}

// Writes change the store: creating a database, a container or a document (a POST that is not a query nor a
// query plan), replacing, patching or deleting one.
function isWrite(req) {
  if (req.method === "PUT" || req.method === "PATCH" || req.method === "DELETE") {
    return true;
  }
  return req.method === "POST" && !isTrue(req.headers["x-ms-documentdb-isquery"]) && !isTrue(req.headers["x-ms-cosmos-is-query-plan-request"])
    && !(req.headers["content-type"] || "").startsWith("application/query+json");
}

const journalPath = process.env.COSMOS_JOURNAL || "";
let journal = null;

// One line per accepted write, flushed before the client hears of it. Conditions (If-Match) are left out: the
// write passed them once, and replayed in order it meets the same documents, under new version tags.
function record(req, body) {
  const headers = withoutHopByHop(req.headers);
  delete headers["if-match"];
  delete headers["if-none-match"];
  delete headers.host;
  delete headers["content-length"];
  fs.writeSync(journal, JSON.stringify({ method: req.method, url: req.url, headers, body: body.toString("base64") }) + "\n");
  fs.fsyncSync(journal);
}

async function replay(innerPort) {
  if (!journalPath) {
    return;
  }
  if (fs.existsSync(journalPath)) {
    const lines = fs.readFileSync(journalPath, "utf8").split("\n").filter((line) => line.length > 0);
    let replayed = 0;
    for (const [index, line] of lines.entries()) {
      let entry;
      try {
        entry = JSON.parse(line);
      } catch {
        // Only the last line can be torn (a kill while it was written): that write was never answered.
        if (index === lines.length - 1) break;
        throw new Error(`journal line ${index + 1} is unreadable`);
      }
      const response = await forward(innerPort, entry.method, entry.url, { ...entry.headers, host: `127.0.0.1:${innerPort}` }, Buffer.from(entry.body, "base64"));
      if (response.status >= 300) {
        throw new Error(`journal line ${index + 1} (${entry.method} ${entry.url}) failed on replay: ${response.status} ${response.body}`);
      }
      replayed++;
    }
    console.log(`replayed ${replayed} writes from ${journalPath}`);
    if (replayed < lines.length) {
      // Cut the torn last line, so that new lines never follow half a line.
      const kept = lines.slice(0, replayed).map((line) => line + "\n").join("");
      fs.writeFileSync(`${journalPath}.tmp`, kept);
      const tmp = fs.openSync(`${journalPath}.tmp`, "r");
      fs.fsyncSync(tmp);
      fs.closeSync(tmp);
      fs.renameSync(`${journalPath}.tmp`, journalPath);
    }
  }
  journal = fs.openSync(journalPath, "a");
}

async function handle(innerPort, req, res) {
  const body = await readBody(req);
  const path = req.url.split("?")[0];

  if (req.method === "POST" && isTrue(req.headers["x-ms-cosmos-is-query-plan-request"])) {
    send(res, 200, { "content-type": "application/json", "x-ms-request-charge": "0", "x-ms-activity-id": crypto.randomUUID() }, passThroughPlan);
    return;
  }

  const headers = { ...req.headers, host: `127.0.0.1:${innerPort}` };
  const queryMatch = /^(\/dbs\/[^/]+\/colls\/[^/]+)\/docs$/.exec(path);
  const partitionKeyHeader = req.headers["x-ms-documentdb-partitionkey"];
  const scopedQuery = req.method === "POST" && queryMatch && isTrue(req.headers["x-ms-documentdb-isquery"]) && partitionKeyHeader;
  if (scopedQuery) {
    // The server refuses a single-partition query whose text does not name the key; run it across the
    // (single) range and keep the partition's documents below.
    headers["x-ms-documentdb-query-enablecrosspartition"] = "True";
  }
  const response = await forward(innerPort, req.method, req.url, headers, body);

  const documentMatch = /^(\/dbs\/[^/]+\/colls\/[^/]+)\/docs\/[^/]+$/.exec(path);
  if (req.method === "GET" && documentMatch && response.status === 500) {
    send(res, 404, { "content-type": "application/json" }, JSON.stringify({ code: "NotFound", message: "Entity with the specified id does not exist in the system." }));
    return;
  }

  if (scopedQuery && response.status === 200) {
    const wanted = JSON.parse(partitionKeyHeader)[0];
    const segments = await partitionKeyPath(innerPort, queryMatch[1], req.headers);
    const page = JSON.parse(response.body.toString("utf8"));
    const undefinedKey = wanted !== null && typeof wanted === "object" && Object.keys(wanted).length === 0;
    page.Documents = page.Documents.filter((document) => {
      if (document === null || typeof document !== "object" || Array.isArray(document)) {
        return true; // a scalar (aggregate or VALUE projection): cannot be attributed to a partition
      }
      const value = valueAt(document, segments);
      return undefinedKey ? value === undefined : JSON.stringify(value) === JSON.stringify(wanted);
    });
    page._count = page.Documents.length;
    send(res, 200, { ...response.headers, "x-ms-item-count": String(page._count) }, JSON.stringify(page));
    return;
  }

  if (journal !== null && response.status < 300 && isWrite(req)) {
    record(req, body);
  }
  send(res, response.status, response.headers, response.body);
}

// Idle connections stay open longer than clients keep them (the .NET SDK's pool drops them after a minute),
// so a client never sends on a connection the server is closing.
function keepIdleConnections(server) {
  server.keepAliveTimeout = 10 * 60 * 1000;
  server.headersTimeout = server.keepAliveTimeout + 1000;
  return server;
}

const inner = keepIdleConnections(createHttpServer({ keepAlive: true }));
inner.listen(0, "127.0.0.1", async () => {
  const innerPort = inner.address().port;
  try {
    await replay(innerPort);
  } catch (error) {
    console.error(`cannot restore the stand-in from ${journalPath}: ${error.message}`);
    process.exit(1);
  }
  const outer = keepIdleConnections(http.createServer((req, res) => {
    handle(innerPort, req, res).catch((error) => {
      console.error(`stand-in proxy error on ${req.method} ${req.url}: ${error.stack || error}`);
      if (!res.headersSent) {
        send(res, 502, { "content-type": "application/json" }, JSON.stringify({ code: "BadGateway", message: String(error) }));
      }
    });
  }));
  outer.on("error", (error) => {
    console.error(`cannot listen on ${host}:${port}: ${error.message}`);
    process.exit(1);
  });
  outer.listen(port, host, () => console.log(`Cosmos DB stand-in ready at http://${host}:${port}/`));
});
