package dev.kabinet.account.offices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One of the utility's contacts — the contact centre, the emergency line, the e-mail for appeals (AC-6). */
@Entity
@Table(name = "utility_contact")
public class UtilityContact {

    @Id
    private Long id;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "label", nullable = false, length = 200)
    private String label;

    @Column(name = "phone", length = 20)
    private @Nullable String phone;

    @Column(name = "email", length = 120)
    private @Nullable String email;

    @Column(name = "hours", length = 200)
    private @Nullable String hours;

    protected UtilityContact() {}

    public Long id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String label() {
        return label;
    }

    public @Nullable String phone() {
        return phone;
    }

    public @Nullable String email() {
        return email;
    }

    public @Nullable String hours() {
        return hours;
    }
}
