package dev.kabinet.account.offices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A service office of the utility with its address and working hours (AC-6), kept by operators. */
@Entity
@Table(name = "office")
public class Office {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "address", nullable = false, length = 300)
    private String address;

    @Column(name = "hours", nullable = false, length = 500)
    private String hours;

    @Column(name = "phone", length = 20)
    private @Nullable String phone;

    @Column(name = "note", length = 500)
    private @Nullable String note;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Office() {}

    Office(OfficeForm form, Instant now) {
        change(form, now);
    }

    /** Applies the form; returns the names of the fields that changed (for the audit). */
    final List<String> change(OfficeForm form, Instant now) {
        var changed = new ArrayList<String>();
        if (position != form.position()) changed.add("position");
        if (!form.name().equals(name)) changed.add("name");
        if (!form.address().equals(address)) changed.add("address");
        var joined = String.join("\n", form.hours());
        if (!joined.equals(hours)) changed.add("hours");
        if (!java.util.Objects.equals(phone, form.phone())) changed.add("phone");
        if (!java.util.Objects.equals(note, form.note())) changed.add("note");
        this.position = form.position();
        this.name = form.name();
        this.address = form.address();
        this.hours = joined;
        this.phone = form.phone();
        this.note = form.note();
        if (!changed.isEmpty()) {
            this.updatedAt = now;
        }
        return changed;
    }

    public Long id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    /** The working hours, one period a line, in their order. */
    public List<String> hours() {
        return hours.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public @Nullable String phone() {
        return phone;
    }

    public @Nullable String note() {
        return note;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
