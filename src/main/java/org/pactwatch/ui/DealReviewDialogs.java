package org.pactwatch.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.function.Consumer;
import org.pactwatch.deal.DealView;

/** The merge and split dialogs of the deal review; they only collect the choice, the view acts on it. */
final class DealReviewDialogs {

    private DealReviewDialogs() {}

    static void merge(DealView deal, Consumer<Long> onMerge) {
        Dialog dialog = new Dialog("Merge another deal into #" + deal.id());
        IntegerField other = new IntegerField("Number of the deal to merge into this one");
        other.setId("merge-source");
        other.setMin(1);
        other.setWidth("20rem");
        Paragraph explain = new Paragraph("Its sources, evidence and terms move here and it disappears. "
                + "The change is written to the audit log.");
        Button merge = new Button("Merge", e -> {
            if (other.getValue() == null) {
                Messages.error("Enter the number of a deal.");
                return;
            }
            dialog.close();
            onMerge.accept(other.getValue().longValue());
        });
        merge.setId("merge-confirm");
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(other, explain));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), merge);
        dialog.open();
    }

    static void split(DealView deal, Consumer<List<Long>> onSplit) {
        Dialog dialog = new Dialog("Split deal #" + deal.id());
        CheckboxGroup<DealView.Source> sources = new CheckboxGroup<>("Sources that report a different deal");
        sources.setId("split-sources");
        sources.setItems(deal.sources());
        sources.setItemLabelGenerator(s -> (s.title() == null ? "Document " + s.documentId() : s.title())
                + (s.published() == null ? "" : " (" + s.published() + ")"));
        Button split = new Button("Split into a new deal", e -> {
            if (sources.getValue().isEmpty()) {
                Messages.error("Choose at least one source.");
                return;
            }
            dialog.close();
            onSplit.accept(
                    sources.getValue().stream().map(DealView.Source::documentId).toList());
        });
        split.setId("split-confirm");
        split.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(sources));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), split);
        dialog.open();
    }
}
