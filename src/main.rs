//! The page's entry point: install the panic hook first, so that no panic can blank the page,
//! then mount the Yew app on the document body.

fn main() {
    readout_annotator::app::install_panic_hook();
    readout_annotator::app::start();
}
