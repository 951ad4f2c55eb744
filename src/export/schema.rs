//! The JSON Schema of format v1, generated from the wire types in [`super::v1`] so that it
//! describes exactly what the code reads and writes. The page ships the generated file
//! (`static/readout-annotations.v1.schema.json`); a test regenerates it and fails on drift.
//! Behind the `schema` feature: the generator has no place in the page's WebAssembly.

use schemars::generate::SchemaSettings;

use super::v1::{CodebookFileV1, WorkspaceV1};

/// Where the page ships the schema, relative to the crate root.
pub const SCHEMA_PATH: &str = "static/readout-annotations.v1.schema.json";

/// The schema of a workspace file, as pretty JSON ending in a newline. The standalone
/// codebook file is described under `$defs/CodebookFileV1`, so one file covers everything
/// the page and the CLI write.
pub fn schema_v1() -> String {
    let mut generator = SchemaSettings::draft2020_12().into_generator();
    generator.subschema_for::<CodebookFileV1>();
    let mut schema = generator.into_root_schema_for::<WorkspaceV1>();
    schema.insert(
        "title".into(),
        "Readout Annotator labeled JSON, format version 1".into(),
    );
    let mut json = serde_json::to_string_pretty(&schema)
        .expect("a schema is a JSON value and always serializes");
    json.push('\n');
    json
}
