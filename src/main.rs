//! The page's entry point: mount the Yew app on the document body.

fn main() {
    readout_annotator::app::start();
}
