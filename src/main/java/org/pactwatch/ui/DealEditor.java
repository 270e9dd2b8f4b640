package org.pactwatch.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.pactwatch.company.CompanyService;
import org.pactwatch.company.CompanySummary;
import org.pactwatch.deal.DealEdit;
import org.pactwatch.deal.DealView;
import org.pactwatch.extraction.ExtractedDeal.DealStatus;
import org.pactwatch.extraction.ExtractedDeal.DealType;
import org.pactwatch.extraction.ExtractedDeal.Qualifier;

/**
 * Edits every field of a deal. The form only collects the changes and hands them to {@code onSave} as a
 * {@link DealEdit} (null = unchanged); the view persists them through the deal service, and the form stays open when that fails.
 */
final class DealEditor extends Dialog {

    private final DealView deal;
    private final Select<DealType> type = new Select<>();
    private final Select<DealStatus> status = new Select<>();
    private final ComboBox<CompanySummary> payer = new ComboBox<>("Payer");
    private final ComboBox<CompanySummary> payee = new ComboBox<>("Payee");
    private final TextField amountText = new TextField("Amount as written");
    private final TextField currency = new TextField("Currency (ISO 4217)");
    private final BigDecimalField value = new BigDecimalField("Value");
    private final BigDecimalField min = new BigDecimalField("Minimum");
    private final BigDecimalField max = new BigDecimalField("Maximum");
    private final Select<Qualifier> qualifier = new Select<>();
    private final BigDecimalField usd = new BigDecimalField("USD");
    private final Checkbox clearAmount = new Checkbox("No amount (clear it)");
    private final IntegerField term = new IntegerField("Term (months)");
    private final DatePicker date = new DatePicker("Date");
    private final DatePicker announced = new DatePicker("Announced");
    private final DatePicker closed = new DatePicker("Closed");
    private String payerName;
    private String payeeName;

    DealEditor(DealView deal, CompanyService companies, Predicate<DealEdit> onSave) {
        this.deal = deal;
        setHeaderTitle("Edit deal #" + deal.id());
        setWidth("52rem");
        type.setLabel("Type");
        type.setItems(DealType.values());
        type.setValue(deal.type());
        type.setId("edit-type");
        status.setLabel("Status");
        status.setItems(DealStatus.values());
        status.setValue(deal.status());
        status.setId("edit-status");
        configureParty(payer, companies, deal.payer(), name -> payerName = name);
        payer.setId("edit-payer");
        configureParty(payee, companies, deal.payee(), name -> payeeName = name);
        payee.setId("edit-payee");
        qualifier.setLabel("Qualifier");
        qualifier.setItems(Qualifier.values());
        qualifier.setEmptySelectionAllowed(true);
        amountText.setId("edit-amount-text");
        amountText.setMaxLength(200);
        currency.setMaxLength(3);
        usd.setId("edit-usd");
        term.setId("edit-term");
        term.setMin(0);
        date.setId("edit-date");
        if (deal.amount() != null) {
            amountText.setValue(Objects.requireNonNullElse(deal.amount().text(), ""));
            currency.setValue(Objects.requireNonNullElse(deal.amount().currency(), ""));
            value.setValue(deal.amount().value());
            min.setValue(deal.amount().min());
            max.setValue(deal.amount().max());
            qualifier.setValue(deal.amount().qualifier());
            usd.setValue(deal.amount().usd());
        }
        term.setValue(deal.termMonths());
        date.setValue(deal.date());
        announced.setValue(deal.announcedDate());
        closed.setValue(deal.closedDate());

        FormLayout form = new FormLayout(
                type,
                status,
                payer,
                payee,
                amountText,
                qualifier,
                currency,
                value,
                min,
                max,
                usd,
                clearAmount,
                term,
                date,
                announced,
                closed);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(form);
        Button save = new Button("Save changes", e -> {
            if (onSave.test(changes())) {
                close();
            }
        });
        save.setId("edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private static void configureParty(
            ComboBox<CompanySummary> box, CompanyService companies, DealView.Party current, Consumer<String> custom) {
        box.setItemLabelGenerator(CompanySummary::name);
        CompanyPicker.searchAll(box, companies);
        box.setAllowCustomValue(true);
        box.setHelperText("Pick a company, or type a new name");
        box.addCustomValueSetListener(e -> {
            custom.accept(e.getDetail());
            box.setValue(new CompanySummary(-1, e.getDetail(), "OTHER", false, null, null));
        });
        if (current != null && current.id() != null) {
            box.setValue(new CompanySummary(current.id(), current.name(), null, true, null, null));
        }
    }

    private DealEdit changes() {
        boolean clear = clearAmount.getValue();
        return new DealEdit(
                changed(type.getValue(), deal.type()),
                changed(status.getValue(), deal.status()),
                partyId(payer.getValue(), deal.payer()),
                partyName(payer.getValue(), payerName),
                partyId(payee.getValue(), deal.payee()),
                partyName(payee.getValue(), payeeName),
                clear ? null : blankToNull(amountText.getValue()),
                clear ? null : blankToNull(currency.getValue()),
                clear ? null : value.getValue(),
                clear ? null : min.getValue(),
                clear ? null : max.getValue(),
                clear ? null : qualifier.getValue(),
                clear ? null : usd.getValue(),
                clear ? Boolean.TRUE : null,
                term.getValue(),
                date.getValue(),
                announced.getValue(),
                closed.getValue());
    }

    private static <T> T changed(T now, T before) {
        return Objects.equals(now, before) ? null : now;
    }

    private static Long partyId(CompanySummary chosen, DealView.Party before) {
        if (chosen == null || chosen.id() < 0) {
            return null;
        }
        return before != null && Objects.equals(before.id(), chosen.id()) ? null : chosen.id();
    }

    private static String partyName(CompanySummary chosen, String typed) {
        return chosen != null && chosen.id() < 0 ? typed : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
