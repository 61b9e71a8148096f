// Azurite, started with the arguments given, after one change to its in-memory storage: unreferenced extents
// (one per queue message and blob block) are removed from its metadata in one batch per garbage-collection
// round instead of one at a time. Its metadata store rebuilds every index after each removal, so a round that
// frees tens of thousands of messages (a minute of load runs) blocked Azurite for minutes, and every client
// with it. What is removed, and when, is unchanged.
"use strict";

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

require(path.join(dist, "azurite.js"));
