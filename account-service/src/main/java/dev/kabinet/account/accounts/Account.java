package dev.kabinet.account.accounts;

import dev.kabinet.platform.security.AccountAccess;
import dev.kabinet.platform.security.AccountNumber;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A resident's account (лицевой счёт, AC-1): the household the utility bills. Its number is the identity every other
 * service keys on. Accounts come from the utility's records (BO-1); the portal only reads them for now.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @Column(name = "number", length = 13)
    private String number;

    @Column(name = "owner_name", nullable = false)
    private String ownerName;

    @Column(name = "address", nullable = false)
    private String address;

    @Column(name = "total_area", precision = 8, scale = 2)
    private BigDecimal totalArea;

    @Column(name = "rooms")
    private Integer rooms;

    @Column(name = "residents", nullable = false)
    private int residents;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_service", joinColumns = @JoinColumn(name = "account_number"))
    @Column(name = "service", nullable = false, length = 40)
    @Enumerated(EnumType.STRING)
    private Set<UtilityService> services = new HashSet<>();

    protected Account() {}

    private Account(
            String number,
            String ownerName,
            String address,
            BigDecimal totalArea,
            Integer rooms,
            int residents,
            Collection<UtilityService> services) {
        if (!AccountNumber.isValid(number)) {
            throw new IllegalArgumentException("Not an account number");
        }
        this.number = number;
        this.ownerName = requireText(ownerName, "ownerName");
        this.address = requireText(address, "address");
        if (totalArea != null && totalArea.signum() <= 0) {
            throw new IllegalArgumentException("totalArea must be positive");
        }
        if (rooms != null && rooms < 0) {
            throw new IllegalArgumentException("rooms must not be negative");
        }
        if (residents < 0) {
            throw new IllegalArgumentException("residents must not be negative");
        }
        this.totalArea = totalArea;
        this.rooms = rooms;
        this.residents = residents;
        this.services = new HashSet<>(services);
    }

    /** An account as the utility's records describe it; area and rooms may be unknown. */
    public static Account of(
            String number,
            String ownerName,
            String address,
            BigDecimal totalArea,
            Integer rooms,
            int residents,
            Collection<UtilityService> services) {
        return new Account(number, ownerName, address, totalArea, rooms, residents, services);
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value.strip();
    }

    public String number() {
        return number;
    }

    public String ownerName() {
        return ownerName;
    }

    public String address() {
        return address;
    }

    public BigDecimal totalArea() {
        return totalArea;
    }

    public Integer rooms() {
        return rooms;
    }

    public int residents() {
        return residents;
    }

    /** The services in their catalogue order. */
    public Set<UtilityService> services() {
        return services.isEmpty() ? EnumSet.noneOf(UtilityService.class) : EnumSet.copyOf(services);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Account account && Objects.equals(number, account.number);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(number);
    }

    @Override
    public String toString() {
        return "Account[" + AccountAccess.mask(number) + "]";
    }
}
