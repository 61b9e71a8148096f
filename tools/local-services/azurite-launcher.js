// Azurite, started with the arguments given, after two changes:
// 1. In memory (tests): unreferenced extents (one per queue message and blob block) are removed from its metadata
//    in one batch per garbage-collection round instead of one at a time. Its metadata store rebuilds every index
//    after each removal, so a round that frees tens of thousands of messages (a minute of load runs) blocked
//    Azurite for minutes, and every client with it. What is removed, and when, is unchanged.
// 2. On disk (the run command's --location): Azurite writes its metadata (LokiJS) every five seconds, so a kill
//    could lose blobs and messages it had already answered for. Here a write is answered only once the metadata
//    it changed is on disk: the answer to a request that changed a persisted store waits for that store's save.
"use strict";

const http = require("http");
const path = require("path");

const dist = path.join(__dirname, "node_modules", "azurite", "dist", "src");
const MemoryExtentStore = require(path.join(dist, "common", "persistence", "MemoryExtentStore.js")).default;

MemoryExtentStore.prototype.deleteExtents = async function deleteExtents(extents) {
  const ids = [...extents];
  for (const id of ids) {
    if (this.chunks.get(this.categoryName, id)) {
      this.chunks.delete(this.categoryName, id);
    }
  }
  const metadata = this.metadataStore;
  metadata.db.getCollection(metadata.EXTENTS_COLLECTION).findAndRemove({ id: { $in: ids } });
  return ids.length;
};

const Loki = require(require.resolve("lokijs", { paths: [path.join(__dirname, "node_modules", "azurite")] }));
const persisted = new Set();
const configureOptions = Loki.prototype.configureOptions;
Loki.prototype.configureOptions = function configureOptionsAndTrack(options, initialConfig) {
  const result = configureOptions.call(this, options, initialConfig);
  if (this.persistenceMethod === "fs") {
    persisted.add(this);
  }
  return result;
};

const end = http.ServerResponse.prototype.end;
http.ServerResponse.prototype.end = function endOnceSaved(...args) {
  const changed = persisted.size === 0 || (this.req && this.req.method === "GET") ? [] : [...persisted].filter((db) => db.autosaveDirty());
  if (changed.length === 0) {
    return end.apply(this, args);
  }
  let pending = changed.length;
  let failure = null;
  for (const db of changed) {
    db.saveDatabase((error) => {
      failure = failure || error;
      if (--pending > 0) {
        return;
      }
      if (failure) {
        // Not kept, so not answered as done: the client sees the connection fail and tries again.
        console.error(`saving Azurite's metadata failed: ${failure}`);
        this.destroy(failure);
      } else {
        end.apply(this, args);
      }
    });
  }
  return this;
};

require(path.join(dist, "azurite.js"));
